package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;

/**
 * Saving the bundled list again (every open) writes nothing when the table holds it already, and still puts back any
 * row that differs in any column and adds codes that are missing (issue 11).
 */
class ControlListSaveTest {
    @TempDir
    Path folder;

    @Test
    void savedAgainTheTableIsTheList() {
        ControlList bundled = ControlListFile.bundled();
        try (Closing closing = new Closing(Database.open(folder.resolve("desk")))) {
            ControlListRepository repository = new ControlListRepository(closing.database);
            repository.save(bundled);
            repository.save(bundled);
            assertThat(repository.load().entries()).containsExactlyInAnyOrderElementsOf(bundled.entries());
        }
    }

    @Test
    void anyChangedColumnOrMissingCodeIsWrittenBack() {
        ControlList bundled = ControlListFile.bundled();
        List<String> changes = List.of("UPDATE control_list_entry SET description = 'changed' WHERE code = '%s'",
                "UPDATE control_list_entry SET heading = 'X' WHERE code = '%s'",
                "UPDATE control_list_entry SET sub_item = 'z' WHERE code = '%s'",
                "UPDATE control_list_entry SET in_force_from = DATE '1999-01-01' WHERE code = '%s'",
                "UPDATE control_list_entry SET suspended_from = DATE '2030-01-01' WHERE code = '%s'",
                "UPDATE control_list_entry SET announcement = 'other' WHERE code = '%s'");
        try (Closing closing = new Closing(Database.open(folder.resolve("desk")))) {
            ControlListRepository repository = new ControlListRepository(closing.database);
            List<ControlListEntry> fewer = new ArrayList<>(bundled.entries());
            ControlListEntry last = fewer.remove(fewer.size() - 1);
            repository.save(new ControlList(fewer));
            assertThat(repository.load().entries()).doesNotContain(last);
            repository.save(bundled);
            assertThat(repository.load().entries()).containsExactlyInAnyOrderElementsOf(bundled.entries());
            String code = bundled.entries().get(0).code().value();
            for (String change : changes) {
                closing.database.withConnection(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.executeUpdate(String.format(change, code));
                    }
                });
                repository.save(bundled);
                assertThat(repository.load().entries()).as(change)
                        .containsExactlyInAnyOrderElementsOf(bundled.entries());
                closing.database.withConnection(connection -> {
                    try (Statement statement = connection.createStatement();
                         var row = statement.executeQuery("SELECT heading, sub_item FROM control_list_entry "
                                 + "WHERE code = '" + code + "'")) {
                        row.next();
                        assertThat(row.getString(1)).isEqualTo(bundled.entries().get(0).code().heading());
                        assertThat(row.getString(2))
                                .isEqualTo(String.valueOf(bundled.entries().get(0).code().subItem()));
                        return null;
                    }
                });
            }
        }
    }

    private record Closing(Database database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }
}
