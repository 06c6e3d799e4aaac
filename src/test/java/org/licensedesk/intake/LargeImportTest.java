package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;

/**
 * A 100,000-application file imports in one streamed pass in a JVM whose heap is far smaller than the file,
 * so the file cannot have been read whole. Asserts on rows written, not on time; the child prints its figures.
 */
class LargeImportTest {
    private static final int APPLICATIONS = 100_000;
    private static final String HEAP = "-Xmx96m";

    @TempDir
    Path folder;

    @Test
    void hundredThousandApplicationsImportWithBoundedMemory() throws Exception {
        Path file = IntakeFiles.writeLarge(folder.resolve("large.json"), APPLICATIONS);
        assertThat(Files.size(file)).as("the file is larger than the child's heap").isGreaterThan(96L << 20);

        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"),
                LargeImportProcess.class.getName(), folder.resolve("db").toString(), file.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        System.out.println("LargeImportTest: " + output.strip());

        assertThat(child.exitValue()).as(output).isZero();
        try (Database database = Database.openExisting(folder.resolve("db").resolve("licensedesk"))) {
            assertThat(new ApplicationRepository(database).count()).isEqualTo(APPLICATIONS);
            assertThat(new AuditRepository(database).head().seq()).isEqualTo(APPLICATIONS);
            long incomplete = database.withConnection(c -> {
                try (var rows = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM licence_application WHERE incomplete")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(incomplete).isEqualTo(APPLICATIONS / 10);
        }
    }
}
