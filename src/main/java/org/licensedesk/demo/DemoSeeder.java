package org.licensedesk.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;

/**
 * Fills a database with generated applications: the fixed demo set on a new database, and any number
 * more for benchmarks. The control list must already be stored (items refer to its codes).
 */
public final class DemoSeeder {
    /** The seed of the demo data everyone sees on a new database. */
    public static final long DEMO_SEED = 20250404L;
    public static final int DEMO_COUNT = 320;
    /** Applications per transaction when generating: large runs must not sit in one transaction. */
    static final int CHUNK = 10_000;

    private final Database database;
    private final ApplicationRepository applications;
    private final UserRepository users;
    private final ControlList controlList;
    private final Clock clock;

    public DemoSeeder(Database database, ApplicationRepository applications, UserRepository users,
                      ControlList controlList, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.users = Objects.requireNonNull(users, "users");
        this.controlList = Objects.requireNonNull(controlList, "controlList");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * On a database without applications, adds the demo officials (those missing) and the
     * {@value #DEMO_COUNT} demo applications in one transaction.
     *
     * @return whether it seeded; false when the database already had applications
     */
    public boolean seedIfEmpty() {
        if (applications.count() > 0) {
            return false;
        }
        DemoGenerator generator = new DemoGenerator(DEMO_SEED, controlList, LocalDate.now(clock));
        List<LicenceApplication> demo = new ArrayList<>(DEMO_COUNT);
        generator.applications(DEMO_COUNT).forEachRemaining(demo::add);
        database.inTransaction(connection -> {
            addMissingUsers(connection, generator.users());
            applications.insertAll(connection, demo);
            return null;
        });
        return true;
    }

    /**
     * Appends {@code count} generated applications, committing every {@value #CHUNK}. Their serials
     * follow the number of applications already stored, so calling it again does not reuse references.
     *
     * @param progress told the number of applications written so far after each commit
     * @return the number of applications written
     */
    public long generate(int count, long seed, LongConsumer progress) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Objects.requireNonNull(progress, "progress");
        DemoGenerator generator = new DemoGenerator(seed, controlList, LocalDate.now(clock));
        database.inTransaction(connection -> {
            addMissingUsers(connection, generator.users());
            return null;
        });
        Iterator<LicenceApplication> made = generator.applications(count, applications.count() + 1);
        List<LicenceApplication> chunk = new ArrayList<>(Math.min(count, CHUNK));
        long written = 0;
        while (made.hasNext()) {
            chunk.add(made.next());
            if (chunk.size() == CHUNK || !made.hasNext()) {
                applications.insertAll(chunk);
                written += chunk.size();
                chunk.clear();
                progress.accept(written);
            }
        }
        return written;
    }

    private void addMissingUsers(Connection connection, List<User> officials) throws SQLException {
        for (User official : officials) {
            if (users.find(connection, official.username()).isEmpty()) {
                users.insert(connection, official);
            }
        }
    }
}
