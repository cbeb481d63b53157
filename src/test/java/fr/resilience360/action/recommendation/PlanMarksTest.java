package fr.resilience360.action.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.action.PlannedActions;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** « Déjà dans le plan » is told only to those who may read the territory's private pages. */
@IntegrationTest
class PlanMarksTest {

    @Autowired
    Accounts accounts;

    static final PlannedActions PLAN = territoryId ->
            OnlineFixtures.LORIENT_AGGLO.equals(territoryId) ? Set.of("projet-alimentaire-territorial") : Set.of();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void marksThePlannedActionsOnlyForReadersOfTheTerritorysPrivatePages(Caller caller) {
        String email = caller.signIn(accounts);
        if (email != null)
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, List.of()));
        var withPlan = new PlanMarks(
                accounts, new StaticListableBeanFactory(Map.of("plan", PLAN)).getBeanProvider(PlannedActions.class));
        var withoutPlan =
                new PlanMarks(accounts, new StaticListableBeanFactory().getBeanProvider(PlannedActions.class));
        boolean reads = caller.rights() != null && caller.rights().contains(Action.READ_DRAFTS);
        assertThat(withPlan.planned(OnlineFixtures.LORIENT_AGGLO))
                .as("%s", caller)
                .isEqualTo(reads ? Optional.of(Set.of("projet-alimentaire-territorial")) : Optional.empty());
        assertThat(withoutPlan.planned(OnlineFixtures.LORIENT_AGGLO))
                .isEqualTo(reads ? Optional.of(Set.of()) : Optional.empty());
    }
}
