package org.licensedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.licensedesk.account.DemoPasswords;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.ui.main.DeskServices;

/**
 * A demo database for window tests, whose officials can sign in with {@link #PASSWORD}. Their passwords are set
 * here, through the store and with a quick hash, so the tests neither depend on how the demo is seeded nor spend
 * half a second per sign-in. Test code only: the window itself never touches the store.
 */
public final class TestDesk {
    public static final String PASSWORD = DemoPasswords.PASSWORD;
    public static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    public static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);

    private TestDesk() {
    }

    /** Opens (creating) the demo database in the folder; every official gets {@link #PASSWORD}. */
    public static Services openDemo(Path folder, Clock clock) {
        Services services = Services.open(folder.resolve("db").toString(), BackendOpener.Mode.CREATE_WITH_DEMO,
                clock);
        try {
            givePasswords(services.databaseLocation());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /** Sets {@link #PASSWORD} for every account of the database, also while another connection has it open. */
    public static void givePasswords(Path databaseLocation) {
        PasswordHasher hasher = PasswordHasher.weakForTests(1_000);
        try (Database database = Database.open(databaseLocation)) {
            UserRepository users = new UserRepository(database);
            database.write(transaction -> {
                for (User user : users.all()) {
                    users.setPassword(transaction, user.username(), hasher.hash(PASSWORD.toCharArray()));
                }
                return null;
            });
        }
    }

    /** The window's services on an open database. */
    public static DeskServices desk(Services services, Clock clock) {
        return new DeskServices(services.queue(), services.workflow(), services.accounts(), services.auditTrail(),
                services.auditExporter(), services.intake(), services.screening(), services.dispositions(),
                services.partyHistory(), services.team(), services.dashboards(), services.history(),
                services.officials(), services.licences(), services.letters(), services.databaseLocation(),
                services.storeDescription(), clock, services.calendars(), services.amendments(), services.appeals(),
                services.flags(), services.countersignThresholds());
    }
}
