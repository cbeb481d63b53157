package fr.resilience360.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.shared.UserInputException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTokensTest {

    @Test
    void tokensAre256RandomBitsThatFitInAnAddress() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) tokens.add(OneTimeTokens.newToken());
        assertThat(tokens).hasSize(100).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theStoredFormOfATokenIsItsSha256InHexadecimal() {
        // SHA-256 of "abc", FIPS 180-2 appendix B.1
        assertThat(OneTimeTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @CsvSource({"Agent@Lorient-Agglo.FR, agent@lorient-agglo.fr", "'  a.b@exemple.fr ', a.b@exemple.fr"})
    void addressesAreTrimmedAndLowerCased(String typed, String stored) {
        assertThat(Emails.normalize(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "agent", "agent@", "@exemple.fr", "a b@exemple.fr", "agent@exemple"})
    void somethingThatIsNotAnAddressIsRefusedInFrench(String typed) {
        assertThatThrownBy(() -> Emails.normalize(typed))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("n'est pas une adresse électronique");
    }
}
