package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that holds every migration is opened without Flyway (issue 11); one that misses any, or has no history,
 * is left to Flyway.
 */
class SchemaCurrencyTest {
    private static final ClassLoader LOADER = SchemaCurrencyTest.class.getClassLoader();

    @TempDir
    Path folder;

    @Test
    void theMigrationsOnTheClassPathAreFoundByTheirVersions() {
        Set<String> available = SchemaCurrency.available(LOADER);
        assertThat(available).contains("1", "2", "12", "59", "59.1", "73").doesNotContain("59_1");
    }

    @Test
    void aMigratedStoreIsCurrentAndOneMissingAMigrationIsNot() {
        try (Database database = Database.open(folder.resolve("desk"))) {
            Set<String> applied = database.withConnection(SchemaCurrency::applied);
            assertThat(applied).containsAll(SchemaCurrency.available(LOADER));
            assertThat(current(database)).isTrue();

            database.withConnection(c -> {
                try (PreparedStatement forget = c.prepareStatement(
                        "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '59.1'")) {
                    return forget.executeUpdate();
                }
            });
            assertThat(current(database)).isFalse();

            database.withConnection(c -> {
                try (PreparedStatement drop = c.prepareStatement("DROP TABLE \"flyway_schema_history\"")) {
                    return drop.executeUpdate();
                }
            });
            assertThat(current(database)).isFalse();
        }
    }

    private static boolean current(Database database) {
        return database.withConnection(c -> SchemaCurrency.isCurrent(c, LOADER));
    }

    @Test
    void versionsAreComparedAsFlywayReadsThem() {
        assertThat(SchemaCurrency.normalise("59_1")).isEqualTo("59.1");
        assertThat(SchemaCurrency.normalise("059.1.0")).isEqualTo("59.1");
        assertThat(SchemaCurrency.normalise("7")).isEqualTo("7");
        assertThat(SchemaCurrency.normalise("10")).isEqualTo("10");
        assertThat(SchemaCurrency.normalise("0")).isEqualTo("0");
    }
}
