package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2SettingsTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @TempDir
    Path folder;

    @AfterEach
    void forgetOverride() {
        System.clearProperty(H2Settings.CACHE_SIZE_PROPERTY);
    }

    @Test
    void pageCacheIsAQuarterOfTheHeap() {
        assertThat(H2Settings.cacheSizeKb(GIB)).isEqualTo(256 * 1024);
        assertThat(H2Settings.cacheSizeKb(4 * GIB)).isEqualTo(1024 * 1024);
    }

    @Test
    void heapsUnderAGigabyteOrUnknownKeepH2sDefault() {
        assertThat(H2Settings.cacheSizeKb(128L * 1024 * 1024)).isEqualTo(16 * 1024);
        assertThat(H2Settings.cacheSizeKb(256L * 1024 * 1024)).isEqualTo(16 * 1024);
        assertThat(H2Settings.cacheSizeKb(Long.MAX_VALUE)).isEqualTo(16 * 1024);
    }

    @Test
    void overrideMeasuresOtherSizesAndRefusesWhatIsNotANumber() {
        System.setProperty(H2Settings.CACHE_SIZE_PROPERTY, "65536");
        assertThat(H2Settings.cacheSizeKb(GIB)).isEqualTo(65536);
        System.setProperty(H2Settings.CACHE_SIZE_PROPERTY, "much");
        assertThatThrownBy(() -> H2Settings.cacheSizeKb(GIB)).isInstanceOf(StoreException.class)
                .hasMessageContaining(H2Settings.CACHE_SIZE_PROPERTY).hasMessageContaining("much");
    }

    @Test
    void openedFileRunsWithTheChosenCache() {
        long expected = H2Settings.cacheSizeKb(Runtime.getRuntime().maxMemory());
        try (Database database = Database.open(folder.resolve("desk"))) {
            assertThat(setting(database, "CACHE_SIZE")).isEqualTo(Long.toString(expected));
            assertThat(setting(database, "QUERY_CACHE_SIZE")).isEqualTo(Integer.toString(H2Settings.QUERY_CACHE_SIZE));
        }
    }

    @Test
    void newChunksGoToTheEndOfTheFileUntilTheFileCloses() {
        try (Database database = Database.open(folder.resolve("desk"))) {
            boolean reusedWhileOpen = database.withConnection(
                    connection -> H2WriteThrough.localStore(connection).isSpaceReused());
            assertThat(reusedWhileOpen).as("H2 reuses free space while the file is open").isFalse();
            boolean turnedOn = database.withConnection(H2WriteThrough::beforeClose);
            assertThat(turnedOn).as("reuse turned on for the compaction at close").isTrue();
            boolean reusedForClose = database.withConnection(
                    connection -> H2WriteThrough.localStore(connection).isSpaceReused());
            assertThat(reusedForClose).isTrue();
        }
    }

    private static String setting(Database database, String name) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }
}
