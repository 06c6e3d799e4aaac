package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    private static final Path HOME = Path.of("/home/reviewer");

    @Test
    void optionWinsOverEnvironmentAndDefault() {
        assertThat(DataLocation.resolve("/data/bench", Map.of("LICENSEDESK_DB", "/env/db"), "Linux", HOME))
                .isEqualTo(Path.of("/data/bench"));
    }

    @Test
    void environmentVariableWinsOverDefault() {
        assertThat(DataLocation.resolve(null, Map.of("LICENSEDESK_DB", "/env/db"), "Linux", HOME))
                .isEqualTo(Path.of("/env/db"));
    }

    @Test
    void defaultIsThePerUserDataFolderOfEachSystem() {
        assertThat(DataLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/reviewer/.local/share/licensedesk/licensedesk"));
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/licensedesk/licensedesk"));
        assertThat(DataLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/reviewer/Library/Application Support/LicenseDesk/licensedesk"));
        assertThat(DataLocation.resolve("", Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/LicenseDesk/licensedesk"));
    }
}
