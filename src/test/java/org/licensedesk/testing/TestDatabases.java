package org.licensedesk.testing;

import java.nio.file.Path;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/** Real H2 file databases in a test's temporary folder, migrated and with the control list loaded. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static Database migrated(Path folder) {
        Database database = Database.open(folder.resolve("licensedesk"));
        new ControlListRepository(database).save(ControlListFile.bundled());
        return database;
    }

    /** Adds a reviewer and a supervisor, for tests that assign work. */
    public static void addOfficials(Database database) {
        UserRepository users = new UserRepository(database);
        database.inTransaction(connection -> {
            users.insert(connection, new User("li.na", "Li Na", UserRole.REVIEWER, true));
            users.insert(connection, new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true));
            return null;
        });
    }
}
