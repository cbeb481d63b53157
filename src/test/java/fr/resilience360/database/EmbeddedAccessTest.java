package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.CommandException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backup taken while the site runs on the embedded server uses that server (here the test application's, which
 * holds the data directory's lock): never a second server on the same directory; a restore is refused then.
 */
@IntegrationTest
class EmbeddedAccessTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedDatabaseProperties settings;

    @Test
    void aBackupUsesTheServerOfTheRunningSite() throws Exception {
        DatabaseAddress site = NightlyBackup.addressOf(dataSource);

        try (EmbeddedAccess access = EmbeddedAccess.open(settings, true, false)) {
            assertThat(access.address()).isEqualTo(site);
            assertThat(DatabaseContents.userTables(access.address())).contains("account.user_account");
        }
        assertThat(DatabaseContents.serverMajor(site)).isEqualTo(17); // still served after the access is closed
    }

    @Test
    void aRestoreIsRefusedWhileTheSiteRunsOnTheDataDirectory() {
        assertThatThrownBy(() -> EmbeddedAccess.open(settings, false, true))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("utilise la base de")
                .hasMessageContaining("arrêtez-le avant de restaurer");
    }
}
