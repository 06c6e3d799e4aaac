package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.DemoPasswords;
import org.licensedesk.app.Services;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.store.Database;
import org.licensedesk.store.RawLimits;

/**
 * The benchmark's import row compares like with like: its generated file is a valid intake file the app imports
 * and screens whole, and the raw yardstick ({@code RawLimits import}) writes the same applications, parties, items
 * and documents with the same queue columns. No timed assertions.
 */
class BenchmarkImportTest {
    private static final int COUNT = 300;
    private static final String ROWS = "SELECT a.reference, a.status, a.applicant_name, a.end_user_name, a.elements, "
            + "a.highest_control_code, a.total_kg, a.total_value_usd, "
            + "(SELECT COUNT(*) FROM party p WHERE p.application_id = a.id), "
            + "(SELECT COUNT(*) FROM item i WHERE i.application_id = a.id), "
            + "(SELECT COUNT(*) FROM document d WHERE d.application_id = a.id) "
            + "FROM licence_application a WHERE a.reference LIKE 'BEN-%' ORDER BY a.reference";

    @TempDir
    Path folder;

    @Test
    void theAppAndTheRawYardstickImportTheSameRowsFromTheGeneratedFile() throws Exception {
        Path file = BenchmarkIntakeFile.writeIfMissing(folder.resolve("intake.json"), COUNT);
        assertThat(BenchmarkIntakeFile.writeIfMissing(file, COUNT)).as("reused").isEqualTo(file);

        Path app = folder.resolve("app");
        ImportResult result;
        List<String> appRows;
        try (Services services = scratch(app)) {
            User supervisor = services.accounts().signIn("zhao.lei", DemoPasswords.PASSWORD.toCharArray());
            services.screening().loadBundledSamplesIfEmpty(supervisor);
            result = services.intake().importFile(file, supervisor, ProgressListener.NONE, () -> false);
        }
        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        assertThat(result.imported()).isEqualTo(COUNT);
        assertThat(result.incompleteReferences()).hasSize(COUNT / 10);
        assertThat(result.flaggedReferences()).as("every hundredth consignee is listed").hasSize(COUNT / 100);
        try (Database database = Database.openExisting(app)) {
            appRows = rows(database);
        }

        Path raw = folder.resolve("raw");
        scratch(raw).close();
        RawLimits.main(new String[] {"import", raw.toString(), file.toString()});
        try (Database database = Database.openExisting(raw)) {
            assertThat(rows(database)).hasSize(COUNT).isEqualTo(appRows);
        }
        assertThat(Files.exists(folder.resolve("intake.json.partial"))).isFalse();
    }

    private static Services scratch(Path base) {
        Services services = Services.open(base.toString(), BackendOpener.Mode.CREATE,
                Clock.system(ZoneId.of("Asia/Shanghai")));
        services.demo().generate(1, GenerateCommand.DEFAULT_SEED, done -> { });
        return services;
    }

    private static List<String> rows(Database database) {
        return database.withConnection(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(ROWS)) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        line.append(row.getString(i)).append('|');
                    }
                    rows.add(line.toString());
                }
            }
            return rows;
        });
    }
}
