package fr.resilience360.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The permission matrix of issue 9, item 2, as a decision table: every role against every action. */
class AccountPermissionsTest {

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @CsvSource({
        "lecteur,      READ_DRAFTS,        true",
        "lecteur,      EDIT_ASSIGNED_ROWS, false",
        "lecteur,      EDIT_DIAGNOSTICS,   false",
        "lecteur,      PUBLISH,            false",
        "lecteur,      MANAGE_MEMBERS,     false",
        "contributeur, READ_DRAFTS,        true",
        "contributeur, EDIT_ASSIGNED_ROWS, true",
        "contributeur, EDIT_DIAGNOSTICS,   false",
        "contributeur, PUBLISH,            false",
        "contributeur, MANAGE_MEMBERS,     false",
        "editeur,      READ_DRAFTS,        true",
        "editeur,      EDIT_ASSIGNED_ROWS, true",
        "editeur,      EDIT_DIAGNOSTICS,   true",
        "editeur,      PUBLISH,            false",
        "editeur,      MANAGE_MEMBERS,     false",
        "admin,        READ_DRAFTS,        true",
        "admin,        EDIT_ASSIGNED_ROWS, true",
        "admin,        EDIT_DIAGNOSTICS,   true",
        "admin,        PUBLISH,            true",
        "admin,        MANAGE_MEMBERS,     true",
    })
    void eachRoleMayDoExactlyWhatTheMatrixSays(String role, Action action, boolean allowed) {
        assertThat(Permissions.allows(Role.fromCode(role).orElseThrow(), action))
                .isEqualTo(allowed);
        assertThat(Permissions.allows(false, Role.fromCode(role), action)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void withoutARoleOnTheTerritoryNobodyMayDoAnythingButAPlatformAdministrator(Action action) {
        assertThat(Permissions.allows(false, Optional.empty(), action)).isFalse();
        assertThat(Permissions.allows(true, Optional.empty(), action)).isTrue();
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource({"lecteur, LECTEUR", "Contributeur, CONTRIBUTEUR", " EDITEUR , EDITEUR", "admin, ADMIN"})
    void rolesAreNamedByTheirFrenchCodeWhateverTheCase(String code, Role role) {
        assertThat(Role.fromCode(code)).contains(role);
        assertThat(Role.fromCode(role.code())).contains(role);
    }

    @ParameterizedTest
    @CsvSource({"administrateur", "editor", "''"})
    void anUnknownRoleCodeNamesNoRole(String code) {
        assertThat(Role.fromCode(code)).isEmpty();
    }
}
