package org.licensedesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.licensedesk.account.DemoPasswords;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.account.Credentials;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.BulkWriting;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.workflow.ScheduledAction;
import org.licensedesk.workflow.WorkflowService;
import org.licensedesk.store.Transaction;

/**
 * Fills a database with generated applications: the fixed demo set on a new database, and any number more for
 * benchmarks. Each application is entered as submitted and then taken to its generated status by the demo officials
 * through the {@link WorkflowService}, back-dated, so its history and the audit chain are those real work would
 * leave. The control list must already be stored (items refer to its codes).
 */
public final class DemoSeeder {
    /** The seed of the demo data everyone sees on a new database. */
    public static final long DEMO_SEED = 20250404L;
    public static final int DEMO_COUNT = 320;
    /** Applications per transaction when generating: large runs must not sit in one transaction. */
    static final int CHUNK = 10_000;

    private static final Comparator<Event> IN_TIME_ORDER = Comparator.comparing(Event::at)
            .thenComparingInt(Event::application).thenComparingInt(Event::step);

    private final Database database;
    private final ApplicationRepository applications;
    private final UserRepository users;
    private final ControlList controlList;
    private final Clock clock;
    private final WorkflowService workflow;
    private final AuditTrail auditTrail;
    private final PasswordHasher hasher;
    private final WorkingDayCalendar calendar;

    /**
     * A seeder with a workflow service and audit trail of its own on the same database, the official calendar and
     * the production password hasher; prefer the full constructor where those services exist.
     */
    public DemoSeeder(Database database, ApplicationRepository applications, UserRepository users,
                      ControlList controlList, Clock clock) {
        this(database, applications, users, controlList, clock, WorkingDayCalendar.official(),
                new AuditTrail(database, new AuditRepository(database), clock));
    }

    private DemoSeeder(Database database, ApplicationRepository applications, UserRepository users,
                       ControlList controlList, Clock clock, WorkingDayCalendar calendar, AuditTrail auditTrail) {
        this(database, applications, users, controlList, clock,
                new WorkflowService(database, new WorkflowStateRepository(database), users,
                        new AuditRepository(database), auditTrail, calendar, clock),
                auditTrail, new PasswordHasher(), calendar);
    }

    /**
     * @param workflow performs the generated histories
     * @param hasher   hashes the demo password, once per demo official without a password
     * @param calendar the working days the histories are planned on
     */
    public DemoSeeder(Database database, ApplicationRepository applications, UserRepository users,
                      ControlList controlList, Clock clock, WorkflowService workflow, AuditTrail auditTrail,
                      PasswordHasher hasher, WorkingDayCalendar calendar) {
        this.database = Objects.requireNonNull(database, "database");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.users = Objects.requireNonNull(users, "users");
        this.controlList = Objects.requireNonNull(controlList, "controlList");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * On a database without applications, adds the demo officials (those missing, with the demo password; those
     * without a password get it) and the {@value #DEMO_COUNT} demo applications with their histories, in one
     * transaction. The histories are performed in time order over all applications, so the audit chain's order is
     * the order of time.
     *
     * @return whether it seeded; false when the database already had applications
     */
    public boolean seedIfEmpty() {
        if (!applications.isEmpty()) {
            return false;
        }
        DemoGenerator generator = new DemoGenerator(DEMO_SEED, controlList, LocalDate.now(clock));
        List<LicenceApplication> demo = new ArrayList<>(DEMO_COUNT);
        generator.applications(DEMO_COUNT).forEachRemaining(demo::add);
        Map<String, PasswordHash> passwords = passwordsToSet(generator.users());
        database.write(transaction -> {
            DemoHistory history = history(addMissingUsers(transaction, generator.users(), passwords));
            write(transaction, demo, DEMO_SEED, history, true);
            return null;
        });
        return true;
    }

    /**
     * Appends {@code count} generated applications with their histories, committing every {@value #CHUNK}. Their
     * serials follow the number of applications already stored, so calling it again does not reuse references.
     * Within a chunk the receipt entries come first and the actions follow in time order, all in one batch of the
     * workflow service, so a million applications take minutes.
     *
     * @param progress told the number of applications written so far after each commit
     * @return the number of applications written
     */
    public long generate(int count, long seed, LongConsumer progress) {
        return generate(count, seed, progress, CHUNK);
    }

    /** {@link #generate(int, long, LongConsumer)} committing every {@code chunkSize}, so tests need not make 10,000. */
    long generate(int count, long seed, LongConsumer progress, int chunkSize) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Objects.requireNonNull(progress, "progress");
        if (count == 0) {
            return 0;
        }
        DemoGenerator generator = new DemoGenerator(seed, controlList, LocalDate.now(clock));
        Map<String, PasswordHash> passwords = passwordsToSet(generator.users());
        DemoHistory history = history(database.write(
                transaction -> addMissingUsers(transaction, generator.users(), passwords)));
        Iterator<LicenceApplication> made = generator.applications(count, applications.count() + 1);
        List<LicenceApplication> chunk = new ArrayList<>(Math.min(count, chunkSize));
        long written = 0;
        try (BulkWriting bulk = database.bulkWriting()) {
            while (made.hasNext()) {
                chunk.add(made.next());
                if (chunk.size() == chunkSize || !made.hasNext()) {
                    database.write(transaction -> {
                        write(transaction, chunk, seed, history, false);
                        return null;
                    });
                    written += chunk.size();
                    chunk.clear();
                    progress.accept(written);
                }
            }
        }
        return written;
    }

    private DemoHistory history(DemoOfficials officials) {
        return new DemoHistory(officials, new DemoTimeline(calendar, clock.getZone(), clock.instant()));
    }

    /**
     * Stores the applications as submitted, then performs their histories in time order through the workflow
     * service. With {@code interleaved}, the receipt entries go between the actions, so the chain's order is the
     * order of time; without, all receipts come first and the actions follow in one batch, which is what makes
     * benchmark sizes fast (each batch seals its entries into the chain in one go).
     */
    private void write(Transaction transaction, List<LicenceApplication> generated, long seed, DemoHistory history,
                       boolean interleaved) {
        List<LicenceApplication> submitted = new ArrayList<>(generated.size());
        List<Event> events = new ArrayList<>(generated.size() * 6);
        for (int a = 0; a < generated.size(); a++) {
            LicenceApplication application = generated.get(a);
            submitted.add(asSubmitted(application));
            DemoHistory.Plan plan = history.plan(application, DemoHistory.random(seed, application.reference()));
            events.add(new Event(a, -1, plan.created(), null));
            for (int s = 0; s < plan.actions().size(); s++) {
                events.add(new Event(a, s, null, plan.actions().get(s)));
            }
        }
        applications.insertAll(transaction, submitted);
        events.sort(IN_TIME_ORDER);
        List<AuditDraft> receipts = new ArrayList<>();
        List<ScheduledAction> actions = new ArrayList<>();
        for (Event event : events) {
            if (event.created() != null) {
                if (interleaved) {
                    flush(transaction, actions);
                }
                receipts.add(event.created());
            } else {
                if (interleaved) {
                    flushReceipts(transaction, receipts);
                }
                actions.add(event.action());
            }
        }
        flushReceipts(transaction, receipts);
        flush(transaction, actions);
    }

    private void flushReceipts(Transaction transaction, List<AuditDraft> receipts) {
        if (!receipts.isEmpty()) {
            auditTrail.appendAll(transaction, receipts);
            receipts.clear();
        }
    }

    private void flush(Transaction transaction, List<ScheduledAction> actions) {
        if (!actions.isEmpty()) {
            workflow.performAll(transaction, actions);
            actions.clear();
        }
    }

    private static LicenceApplication asSubmitted(LicenceApplication a) {
        return new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(), a.applicant(), a.consignee(),
                a.endUser(), a.endUse(), a.contract(), a.transport(), a.items(), a.documents(),
                ApplicationStatus.SUBMITTED, null, 0);
    }

    /**
     * The demo password hashed for each official who is missing or has no password yet, outside any transaction:
     * each hash takes a good part of a second on purpose, so it is made once per official and never per action.
     */
    private Map<String, PasswordHash> passwordsToSet(List<User> officials) {
        Map<String, PasswordHash> hashes = new HashMap<>();
        List<String> without = database.read(transaction -> {
            List<String> names = new ArrayList<>();
            for (User official : officials) {
                Optional<Credentials> stored = users.credentialsForUpdate(transaction, official.username());
                if (stored.isEmpty() || stored.get().password() == null) {
                    names.add(official.username());
                }
            }
            return names;
        });
        for (String username : without) {
            char[] password = DemoPasswords.PASSWORD.toCharArray();
            hashes.put(username, hasher.hash(password));
            Arrays.fill(password, '\0');
        }
        return hashes;
    }

    /** Adds the officials that are missing and sets the demo password where none is set; returns them as stored. */
    private DemoOfficials addMissingUsers(Transaction transaction, List<User> officials,
                                          Map<String, PasswordHash> passwords) {
        List<User> stored = new ArrayList<>(officials.size());
        for (User official : officials) {
            Optional<Credentials> found = users.credentialsForUpdate(transaction, official.username());
            if (found.isEmpty()) {
                users.insert(transaction, official, password(passwords, official.username()));
                stored.add(official);
            } else {
                if (found.get().password() == null) {
                    users.setPassword(transaction, official.username(), password(passwords, official.username()));
                }
                stored.add(found.get().user());
            }
        }
        return new DemoOfficials(stored);
    }

    private PasswordHash password(Map<String, PasswordHash> passwords, String username) {
        PasswordHash hash = passwords.get(username);
        if (hash != null) {
            return hash;
        }
        // Someone removed the password since it was looked at: rare enough to hash here.
        char[] password = DemoPasswords.PASSWORD.toCharArray();
        try {
            return hasher.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A receipt entry ({@code step} -1) or a workflow action of one application, for sorting by time. */
    private record Event(int application, int step, AuditDraft created, ScheduledAction action) {
        Instant at() {
            return created != null ? created.at() : action.at();
        }
    }
}
