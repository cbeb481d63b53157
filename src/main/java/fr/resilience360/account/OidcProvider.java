package fr.resilience360.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * An OpenID Connect provider as the sign-in page offers it: the address that starts signing in (Spring Security's
 * {@code /oauth2/authorization/{id}}) and its name ({@code client-name}, e.g. « ProConnect »).
 */
record OidcProvider(String id, String name) {

    /** The configured providers, none when no client registration is configured (the repository is then absent). */
    static List<OidcProvider> of(ClientRegistrationRepository registrations) {
        List<OidcProvider> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all)
            for (Object registration : all)
                if (registration instanceof ClientRegistration r)
                    providers.add(new OidcProvider(r.getRegistrationId(), r.getClientName()));
        return List.copyOf(providers);
    }

    String authorizationPath() {
        return "/oauth2/authorization/" + id;
    }
}
