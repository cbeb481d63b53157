package fr.resilience360.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in: the form (its POST is Spring Security's, configured by the web shell) and the one-time links printed
 * by {@code create-admin} and {@code create-user}. Opening a link only shows a button: the link is used by that
 * button's POST, so that a mail scanner fetching the address does not use it up.
 */
@Controller
class SignInController {

    private final Accounts accounts;
    private final LinkSignIn linkSignIn;
    private final List<OidcProvider> oidcProviders;

    SignInController(
            Accounts accounts, LinkSignIn linkSignIn, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.accounts = accounts;
        this.linkSignIn = linkSignIn;
        this.oidcProviders = OidcProvider.of(registrations.getIfAvailable());
    }

    /**
     * The form, with a message after a failed attempt ({@code ?erreur}), signing out ({@code ?deconnecte}) or too many
     * failures ({@code ?bloque}), or a refused ({@code ?refuse}: no such account) or failed ({@code ?echec}) sign-in with
     * an OpenID Connect provider: flags without a value. One button per configured provider (none by default).
     */
    @GetMapping("/connexion")
    String signInForm(@RequestParam Map<String, String> flags, Model model) {
        model.addAttribute("error", flags.containsKey("erreur"));
        model.addAttribute("signedOut", flags.containsKey("deconnecte"));
        model.addAttribute("throttled", flags.containsKey("bloque"));
        model.addAttribute("throttleMinutes", SignInThrottle.WINDOW.toMinutes());
        model.addAttribute("oidcRefused", flags.containsKey("refuse"));
        model.addAttribute("oidcFailed", flags.containsKey("echec"));
        model.addAttribute("oidcProviders", oidcProviders);
        return "account/sign-in";
    }

    @GetMapping("/connexion/lien/{token}")
    String link(@PathVariable String token, Model model, HttpServletResponse response) {
        return linkPage(token, accounts.signInLinkAccount(token), model, response);
    }

    @PostMapping("/connexion/lien/{token}")
    String useLink(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<Account> account = accounts.consumeSignInLink(token);
        if (account.isEmpty()) return linkPage(token, account, model, response);
        linkSignIn.signIn(account.get(), request, response);
        return "redirect:/compte/mot-de-passe";
    }

    /** The page of a link: a button to sign in, or why it no longer works (410 Gone). */
    private static String linkPage(String token, Optional<Account> account, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("email", account.map(Account::email).orElse(null));
        if (account.isEmpty()) response.setStatus(HttpStatus.GONE.value());
        return "account/link";
    }
}
