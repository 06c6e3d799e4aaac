package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.queue.QueueService;
import org.licensedesk.testing.TestDatabases;

/**
 * V59 and V59_1 on a database that already holds applications: their words are filled when the database is
 * opened, from the columns as the store would have written them (the applicant's Chinese name from the applicant
 * row where the application has none of its own, as before V20).
 */
class QueueWordsMigrationTest {
    @TempDir
    Path folder;

    @Test
    void applicationsFromBeforeTheIndexAreFoundByEveryWordOnceTheDatabaseIsOpened() throws Exception {
        Path file = folder.resolve("at-v57");
        String url = TestDatabases.atVersionWithOneApplication(file, "57", "Bavaria Magnet Works AG", "DE");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                    + "VALUES ('li.na', 'Li Na', 'REVIEWER')");
            statement.executeUpdate("UPDATE licence_application SET assignee = 'li.na', applicant_name_local = NULL");
        }

        try (Database database = Database.open(file)) {
            QueueService queue = new QueueService(new ApplicationRepository(database), WorkingDayCalendar.official(),
                    Clock.systemUTC());
            QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
            for (String text : List.of("hongtai", "GANZHOU HONG", "鸿泰", "泰", "exp-2025-000001", "li.na")) {
                assertThat(queue.page(open.withText(text), null, 10)).as(text).extracting(QueueRow::reference)
                        .containsExactly("EXP-2025-000001");
                assertThat(queue.count(open.withText(text))).as(text).isEqualTo(1);
            }
            assertThat(queue.count(open.withText("zhong"))).isZero();
            assertThat(words(database)).containsExactlyInAnyOrder("exp", "2025", "000001", "ganzhou", "hongtai",
                    "赣州", "州鸿", "鸿泰", "泰", "li", "na");
        }
    }

    private static List<String> words(Database database) {
        return database.withConnection(connection -> {
            List<String> words = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT word FROM queue_word")) {
                while (row.next()) {
                    words.add(row.getString(1));
                }
            }
            return words;
        });
    }
}
