package fr.resilience360.database;

import java.sql.SQLException;
import java.util.List;

/**
 * What users enter, written in a migrated throw-away database: an account with its role on a territory, a draft
 * diagnostic with a typed row, a survey with an answer, an action plan with an action (plain SQL: the modules'
 * repositories are bound to the application's own database).
 */
final class UsersEntries {

    static final String EMAIL = "sauvegarde.editrice@exemple.fr";
    static final List<String> TABLES = List.of(
            "account.user_account",
            "account.membership",
            "online.diagnostic",
            "online.row_value",
            "survey.survey",
            "survey.response",
            "action.plan",
            "action.plan_action");

    private UsersEntries() {}

    static void write(DatabaseAddress database) throws SQLException {
        ThrowAwayDatabases.execute(
                database,
                "insert into account.user_account (email, password_hash, platform_admin) values ('" + EMAIL
                        + "', '$2a$10$abcdefghijklmnopqrstuv', false)",
                "insert into account.membership (user_id, territory_id, role) "
                        + "select id, 'dep-35', 'editeur' from account.user_account",
                "insert into online.diagnostic (territory_id, referential_id, status, origin, created_by) "
                        + "values ('dep-35', 'diag360-1.3.5', 'brouillon', 'donnees_ouvertes', '" + EMAIL + "')",
                "insert into online.row_value (diagnostic_id, sheet_row, indicator_id, kind, number, comment, origin) "
                        + "select id, 12, 'ind-12', 'nombre', 42.5, 'saisi à la main — é', 'saisie' "
                        + "from online.diagnostic",
                "insert into survey.survey (territory_id, template, questionnaire, questionnaire_version, token, "
                        + "respondent_salt, retain_until, created_by) values ('dep-35', 'habitants', "
                        + "'{\"questions\": []}', '1', 'jeton-sauvegarde', '\\x0102'::bytea, date '2027-12-31', '"
                        + EMAIL + "')",
                "insert into survey.response (survey_id, idempotency_hash, respondent_hash, questionnaire_version, "
                        + "source, answers) select id, '\\x0a0b'::bytea, '\\x0c0d'::bytea, '1', 'web', "
                        + "'{\"q1\": 4, \"q2\": \"Plus d''arbres\"}' from survey.survey",
                "insert into action.plan (territory_id, title) values ('dep-35', 'Plan de résilience')",
                "insert into action.plan_action (plan_id, title, status, needs, updated_by) "
                        + "select id, 'Végétaliser les cours d''école', 'en-cours', '{eau,alimentation}', '" + EMAIL
                        + "' from action.plan");
    }
}
