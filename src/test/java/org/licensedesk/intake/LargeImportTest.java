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
 * A 100,000-application file imports and is screened in one streamed pass and one transaction in a JVM with a
 * 128 MB heap (issue 11's bound), smaller than the file, so neither the file, nor its applications, nor their
 * screening can have been held whole (the screening of all of them at the end ran out of memory at 96 MB).
 * Asserts on rows written, not on time; the child prints its figures.
 */
class LargeImportTest {
    private static final int APPLICATIONS = 100_000;
    private static final int HEAP_MB = 128;

    @TempDir
    Path folder;

    @Test
    void hundredThousandApplicationsImportWithBoundedMemory() throws Exception {
        Path file = IntakeFiles.writeLarge(folder.resolve("large.json"), APPLICATIONS);
        assertThat(Files.size(file)).as("the file is larger than the child's heap").isGreaterThan((long) HEAP_MB << 20);

        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP_MB + "m",
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
            // Three entries before the import: the bundled screening lists, loaded by the supervisor.
            assertThat(new AuditRepository(database).head().seq()).isEqualTo(APPLICATIONS + 3);
            long incomplete = database.withConnection(c -> {
                try (var rows = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM licence_application WHERE incomplete")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(incomplete).isEqualTo(APPLICATIONS / 10);
            long screened = database.withConnection(c -> {
                try (var rows = c.createStatement().executeQuery("SELECT COUNT(DISTINCT application_id)"
                        + " FROM screening_hit WHERE party_name = '" + IntakeFiles.LISTED_CONSIGNEE + "'")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(screened).as("every hundredth consignee is listed").isEqualTo(APPLICATIONS / 100);
        }
    }
}
