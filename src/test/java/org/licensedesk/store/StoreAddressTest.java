package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreAddressTest {
    private static final Path HOME = Path.of("/home/li");

    @Test
    void aPathIsAnH2FileAndAJdbcUrlIsAServer() {
        assertThat(DataLocation.address("/data/desk", Map.of(), "Linux", HOME))
                .isEqualTo(new StoreAddress.H2File(Path.of("/data/desk")));
        assertThat(DataLocation.address("/data/desk.mv.db", Map.of(), "Linux", HOME).describe())
                .isEqualTo("H2 file /data/desk");
        StoreAddress server = DataLocation.address("jdbc:postgresql://127.0.0.1:5432/bureau", Map.of(), "Linux", HOME);
        assertThat(server).isEqualTo(new StoreAddress.Server("jdbc:postgresql://127.0.0.1:5432/bureau", "127.0.0.1",
                5432, "bureau"));
        assertThat(server.describe()).isEqualTo("PostgreSQL bureau@127.0.0.1:5432");
    }

    @Test
    void theEnvironmentVariableMayNameAServerAndTheOptionWins() {
        Map<String, String> environment = Map.of(DataLocation.ENVIRONMENT_VARIABLE, "jdbc:postgresql://db.bureau/ld");
        assertThat(DataLocation.address(null, environment, "Linux", HOME).describe())
                .isEqualTo("PostgreSQL ld@db.bureau:5432");
        assertThat(DataLocation.address("/data/desk", environment, "Linux", HOME).describe())
                .isEqualTo("H2 file /data/desk");
        assertThat(DataLocation.address(null, Map.of(), "Linux", HOME).describe())
                .isEqualTo("H2 file /home/li/.local/share/licensedesk/licensedesk");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> DataLocation.address("jdbc:postgresql://h:5432/ld?user=a&password=Secret1", Map.of(),
                "Linux", HOME))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("LICENSEDESK_DB_PASSWORD")
                .hasMessageNotContaining("Secret1");
    }

    @Test
    void otherUrlsAndUrlsWithoutADatabaseAreRefusedWithASentence() {
        assertThatThrownBy(() -> DataLocation.address("jdbc:mysql://h/ld", Map.of(), "Linux", HOME))
                .hasMessageContaining("jdbc:postgresql://host:port/name");
        assertThatThrownBy(() -> DataLocation.address("jdbc:postgresql://h:5432/", Map.of(), "Linux", HOME))
                .hasMessageContaining("is not of the form");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndNeverShowThePassword() {
        Credentials credentials = Credentials.fromEnvironment(Map.of(Credentials.USER_VARIABLE, "bureau",
                Credentials.PASSWORD_VARIABLE, "Secret1"));
        assertThat(credentials.user()).isEqualTo("bureau");
        assertThat(new String(credentials.password())).isEqualTo("Secret1");
        assertThat(credentials.toString()).doesNotContain("Secret1");
        assertThat(Credentials.fromEnvironment(Map.of())).isNull();
    }

    @Test
    void aServerThatCannotBeReachedIsASentenceWithoutThePassword() {
        StoreAddress.Server nowhere = StoreAddress.server("jdbc:postgresql://127.0.0.1:1/bureau");
        assertThatThrownBy(() -> Database.openServer(nowhere, new Credentials("bureau", "Secret1".toCharArray())))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL bureau@127.0.0.1:1.")
                .hasMessageNotContaining("Secret1");
        assertThatThrownBy(() -> Database.openServer(nowhere, null))
                .hasMessageContaining("LICENSEDESK_DB_USER");
    }
}
