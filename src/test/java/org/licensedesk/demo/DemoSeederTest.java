package org.licensedesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.DemoPasswords;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.account.Credentials;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.workflow.WorkflowService;

/**
 * The demo database and generated benchmark data, built through the workflow service. One demo database, seeded
 * with the production password hasher, serves the checks that only read; tests that need a database of their own
 * use a fast hasher, as the password is not what they are about.
 */
class DemoSeederTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 10:00 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC), BEIJING);
    private static final ControlList LIST = ControlListFile.bundled();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final PasswordHasher FAST = PasswordHasher.weakForTests(1_000);
    private static final Set<String> OFFICIALS = Set.of("wang.fang", "li.na", "chen.jie", "zhao.lei", "zhang.min");

    @TempDir
    static Path demoFolder;
    @TempDir
    Path folder;

    private static Store demo;
    private static List<LicenceApplication> generated;

    /** A database with the repositories and services the seeder is built from. */
    private record Store(Database database, ApplicationRepository applications, UserRepository users,
                         AuditRepository audit, AuditTrail trail, WorkflowStateRepository states, DemoSeeder seeder) {

        static Store open(Path file, PasswordHasher hasher) {
            Database database = Database.open(file);
            new ControlListRepository(database).save(LIST);
            ApplicationRepository applications = new ApplicationRepository(database);
            UserRepository users = new UserRepository(database);
            AuditRepository audit = new AuditRepository(database);
            AuditTrail trail = new AuditTrail(database, audit, CLOCK);
            WorkflowStateRepository states = new WorkflowStateRepository(database);
            WorkflowService workflow = new WorkflowService(database, states, users, audit, trail, CALENDAR, CLOCK);
            return new Store(database, applications, users, audit, trail, states,
                    new DemoSeeder(database, applications, users, LIST, CLOCK, workflow, trail, hasher, CALENDAR));
        }

        boolean chainVerifies() {
            return trail.verifyDatabase(ProgressListener.NONE, () -> false).ok();
        }

        /** Every entry in seq order. */
        List<AuditEntry> entries() {
            List<AuditEntry> entries = new ArrayList<>();
            audit.forEachInRange(1, Long.MAX_VALUE, entry -> entries.add(entry));
            return entries;
        }

        /** Each application's entries in seq order. */
        Map<String, List<AuditEntry>> histories() {
            return entries().stream().filter(e -> e.applicationRef() != null)
                    .collect(Collectors.groupingBy(AuditEntry::applicationRef, HashMap::new, Collectors.toList()));
        }
    }

    @BeforeAll
    static void seedDemoDatabase() {
        demo = Store.open(demoFolder.resolve("demo"), new PasswordHasher());
        assertThat(demo.seeder().seedIfEmpty()).isTrue();
        generated = new ArrayList<>();
        new DemoGenerator(DemoSeeder.DEMO_SEED, LIST, TODAY).applications(DemoSeeder.DEMO_COUNT)
                .forEachRemaining(generated::add);
    }

    @AfterAll
    static void closeDemoDatabase() {
        demo.database().close();
    }

    @Test
    void seedIfEmptySeedsOnceWithUsersAndThreeHundredTwentyApplications() {
        assertThat(demo.applications().count()).isEqualTo(DemoSeeder.DEMO_COUNT);
        assertThat(demo.users().all()).extracting(User::username).containsExactlyInAnyOrderElementsOf(OFFICIALS);

        long entries = demo.audit().maxSeq();
        assertThat(demo.seeder().seedIfEmpty()).isFalse();
        assertThat(demo.applications().count()).isEqualTo(DemoSeeder.DEMO_COUNT);
        assertThat(demo.users().all()).hasSize(5);
        assertThat(demo.audit().maxSeq()).isEqualTo(entries);
    }

    @Test
    void seededApplicationsReachTheGeneratedStatusAndAssignee() {
        for (LicenceApplication expected : generated) {
            LicenceApplication stored = demo.applications().find(expected.reference()).orElseThrow();
            assertThat(stored).as(expected.reference()).isEqualTo(withVersion(expected, stored.version()));
        }
        assertThat(generated.stream().map(LicenceApplication::status).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ApplicationStatus.class));
    }

    @Test
    void theDemoAuditChainVerifies() {
        assertThat(demo.chainVerifies()).isTrue();
    }

    @Test
    void entriesFollowTheOrderOfTimeAndNoneIsInTheFuture() {
        List<AuditEntry> entries = demo.entries();
        assertThat(entries).hasSizeGreaterThan(3 * DemoSeeder.DEMO_COUNT);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).at()).as("entry " + entries.get(i).seq())
                    .isGreaterThanOrEqualTo(entries.get(i - 1).at());
        }
        assertThat(Instant.parse(entries.get(entries.size() - 1).at())).isBeforeOrEqualTo(CLOCK.instant());
    }

    @Test
    void everyApplicationStartsWithItsReceiptAndHasAHistoryThatLeadsToItsStatus() {
        Map<String, List<AuditEntry>> histories = demo.histories();
        for (LicenceApplication application : generated) {
            String ref = application.reference();
            List<AuditEntry> history = histories.get(ref);
            WorkflowState state = demo.states().find(ref).orElseThrow();
            AuditEntry created = history.get(0);
            assertThat(created.action()).as(ref).isEqualTo(AuditAction.CREATED.name());
            assertThat(created.actor()).isEqualTo("zhang.min");
            assertThat(created.actorRole()).isEqualTo(UserRole.SUPERVISOR.name());
            assertThat(created.fromStatus()).isNull();
            assertThat(created.toStatus()).isEqualTo(ApplicationStatus.SUBMITTED.name());
            assertThat(Instant.parse(created.at()))
                    .isAfterOrEqualTo(application.receivedOn().atStartOfDay(BEIJING).toInstant());
            assertThat(history).filteredOn(e -> e.action().equals(AuditAction.CREATED.name())).hasSize(1);

            // One version per workflow action (flags raised by the rules are entries but no action on the row);
            // the last change of status is the status.
            assertThat(state.version()).as(ref).isEqualTo(history.stream()
                    .filter(e -> !e.action().startsWith("FLAG_")).count() - 1);
            String last = history.stream().map(AuditEntry::toStatus).filter(s -> s != null)
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(last).as(ref).isEqualTo(state.status().name());
            if (state.status() != ApplicationStatus.SUBMITTED) {
                assertThat(history).as(ref).anyMatch(e -> e.action().equals(AuditAction.CLAIMED.name())
                        || e.action().equals(AuditAction.ASSIGNED.name()));
            }
            assertThat(history).allMatch(e -> e.note().strip().length() >= WorkflowRules.MIN_NOTE_LENGTH);
            checkDecision(ref, state.status(), history);
        }
    }

    @Test
    void casesARuleGivesTwoCountersignaturesGoThroughBothAndSomeWaitForTheSecond() {
        Map<String, List<AuditEntry>> histories = demo.histories();
        int decidedByTwo = 0;
        int waitingForTheSecond = 0;
        for (LicenceApplication application : generated) {
            String ref = application.reference();
            List<AuditEntry> history = histories.get(ref);
            WorkflowState state = demo.states().find(ref).orElseThrow();
            boolean general = application.licenceType() == org.licensedesk.domain.LicenceType.GENERAL;
            if (state.status() == ApplicationStatus.APPROVED && general) {
                // A general licence (Regulations Art. 15): the approval follows a first countersignature by another
                // supervisor.
                AuditEntry approved = history.stream().filter(e -> e.action().equals("APPROVED"))
                        .reduce((a, b) -> b).orElseThrow();
                AuditEntry first = history.stream().filter(e -> e.action().equals("COUNTERSIGNED"))
                        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError(ref + " has no first countersign"));
                assertThat(first.seq()).as(ref).isLessThan(approved.seq());
                assertThat(first.actor()).as(ref).isNotEqualTo(approved.actor());
                assertThat(approved.detailsJson()).as(ref).contains("\"firstCountersignedBy\":\"" + first.actor());
                decidedByTwo++;
            }
            if (state.countersignStage() == org.licensedesk.domain.CountersignStage.SECOND) {
                assertThat(history.get(history.size() - 1).action()).as(ref).isIn("COUNTERSIGNED", "NOTE_ADDED");
                waitingForTheSecond++;
            }
        }
        assertThat(decidedByTwo).isPositive();
        assertThat(waitingForTheSecond).isPositive();
    }

    /** A decision is a supervisor's countersignature of a recommendation someone else made. */
    private static void checkDecision(String ref, ApplicationStatus status, List<AuditEntry> history) {
        AuditAction decision = status == ApplicationStatus.APPROVED ? AuditAction.APPROVED
                : status == ApplicationStatus.DENIED ? AuditAction.DENIED : null;
        if (decision == null) {
            assertThat(history).as(ref).noneMatch(e -> e.action().equals(AuditAction.APPROVED.name())
                    || e.action().equals(AuditAction.DENIED.name()));
            return;
        }
        int decided = history.size() - 1;
        while (decided >= 0 && !history.get(decided).action().equals(decision.name())) {
            decided--;
        }
        assertThat(decided).as(ref).isPositive();
        AuditEntry countersigned = history.get(decided);
        assertThat(countersigned.actorRole()).isEqualTo(UserRole.SUPERVISOR.name());
        AuditEntry recommended = null;
        for (int i = decided - 1; i >= 0 && recommended == null; i--) {
            String action = history.get(i).action();
            if (action.equals(AuditAction.RECOMMENDED_APPROVAL.name())
                    || action.equals(AuditAction.RECOMMENDED_DENIAL.name())) {
                recommended = history.get(i);
            }
        }
        assertThat(recommended).as(ref).isNotNull();
        assertThat(recommended.actor()).as(ref).isNotEqualTo(countersigned.actor());
    }

    @Test
    void historiesUseTheWholeWorkflow() {
        Set<String> actions = demo.entries().stream().map(AuditEntry::action).collect(Collectors.toSet());
        assertThat(actions).contains(AuditAction.CREATED.name(), AuditAction.CLAIMED.name(),
                AuditAction.ASSIGNED.name(), AuditAction.INFO_REQUESTED.name(), AuditAction.INFO_RECEIVED.name(),
                AuditAction.ASSESSED.name(), AuditAction.RECOMMENDED_APPROVAL.name(),
                AuditAction.RECOMMENDED_DENIAL.name(), AuditAction.SENT_BACK.name(), AuditAction.APPROVED.name(),
                AuditAction.DENIED.name(), AuditAction.RETURNED_WITHOUT_ACTION.name(), AuditAction.WITHDRAWN.name(),
                AuditAction.NOTE_ADDED.name());
        assertThat(demo.entries().stream().map(AuditEntry::actor).collect(Collectors.toSet())).isEqualTo(OFFICIALS);
    }

    @Test
    void aFewOpenApplicationsArePastTheirDeadline() {
        int open = 0;
        int late = 0;
        for (LicenceApplication application : generated) {
            WorkflowState state = demo.states().find(application.reference()).orElseThrow();
            if (state.status().isOpen()) {
                open++;
                late += state.deadline(CALENDAR, TODAY).date().isBefore(TODAY) ? 1 : 0;
            }
        }
        // A bureau's queue: a few late, the rest within their time (DemoMixTest counts the whole mix).
        assertThat(late).isPositive().isLessThanOrEqualTo(open / 10);
    }

    @Test
    void demoOfficialsSignInWithTheDemoPasswordHashedAtFullStrength() {
        AccountService accounts = new AccountService(demo.database(), demo.users(), demo.trail(),
                new PasswordHasher(), CLOCK);
        Set<String> salts = new HashSet<>();
        for (String username : OFFICIALS) {
            assertThat(accounts.signIn(username, DemoPasswords.PASSWORD.toCharArray()).username())
                    .isEqualTo(username);
            Credentials credentials = demo.database().read(
                    transaction -> demo.users().credentialsForUpdate(transaction, username)).orElseThrow();
            assertThat(credentials.password().iterations()).isGreaterThanOrEqualTo(PasswordHasher.MIN_ITERATIONS);
            salts.add(credentials.password().saltHex());
        }
        assertThat(salts).hasSize(OFFICIALS.size());
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        Store other = Store.open(folder.resolve("again"), FAST);
        try {
            other.seeder().seedIfEmpty();
            assertThat(actionsByApplication(other)).isEqualTo(actionsByApplication(demo));
            // Users are outside the chain, so even the hashes agree.
            assertThat(other.audit().head()).isEqualTo(demo.audit().head());
        } finally {
            other.database().close();
        }
    }

    private static Map<String, List<String>> actionsByApplication(Store store) {
        Map<String, List<String>> actions = new HashMap<>();
        store.histories().forEach((ref, history) -> actions.put(ref, history.stream()
                .map(e -> e.at() + " " + e.action() + " " + e.actor() + " " + e.note() + " " + e.detailsJson())
                .toList()));
        return actions;
    }

    @Test
    void seedIfEmptyKeepsExistingUsersAndActsWithoutADeactivatedOne() {
        Store store = Store.open(folder.resolve("users"), FAST);
        try {
            store.database().write(transaction -> {
                store.users().insert(transaction, new User("li.na", "Li Na", UserRole.REVIEWER, false));
                return null;
            });
            assertThat(store.seeder().seedIfEmpty()).isTrue();
            assertThat(store.users().find("li.na")).contains(new User("li.na", "Li Na", UserRole.REVIEWER, false));
            assertThat(store.users().all()).hasSize(5);
            Credentials liNa = store.database().read(
                    transaction -> store.users().credentialsForUpdate(transaction, "li.na")).orElseThrow();
            assertThat(liNa.password()).isNotNull();
            assertThat(store.entries()).noneMatch(e -> e.actor().equals("li.na"));
            assertThat(store.chainVerifies()).isTrue();
        } finally {
            store.database().close();
        }
    }

    @Test
    void generateTwiceAppendsInChunksWithoutReferenceCollisionsAndTheChainVerifies() {
        Store store = Store.open(folder.resolve("generated"), FAST);
        try {
            List<Long> progress = new ArrayList<>();
            assertThat(store.seeder().generate(600, 7, progress::add, 250)).isEqualTo(600);
            assertThat(progress).containsExactly(250L, 500L, 600L);
            assertThat(store.seeder().generate(600, 7, progress::add, 250)).isEqualTo(600);
            assertThat(store.applications().count()).isEqualTo(1_200);
            assertThat(store.users().all()).hasSize(5);
            assertThat(store.chainVerifies()).isTrue();

            // The second run made the same applications under the next serials, each with its own history.
            List<LicenceApplication> second = new ArrayList<>();
            new DemoGenerator(7, LIST, TODAY).applications(600, 601).forEachRemaining(second::add);
            Map<String, List<AuditEntry>> histories = store.histories();
            assertThat(histories).hasSize(1_200);
            for (LicenceApplication expected : List.of(second.get(0), second.get(599))) {
                LicenceApplication stored = store.applications().find(expected.reference()).orElseThrow();
                assertThat(stored).isEqualTo(withVersion(expected, stored.version()));
                assertThat(histories.get(expected.reference()).get(0).action()).isEqualTo(AuditAction.CREATED.name());
            }
            assertThat(store.entries()).allMatch(e -> !Instant.parse(e.at()).isAfter(CLOCK.instant()));
        } finally {
            store.database().close();
        }
    }

    @Test
    void generateAfterSeedingContinuesTheChain() {
        Store store = Store.open(folder.resolve("both"), FAST);
        try {
            store.seeder().seedIfEmpty();
            assertThat(store.seeder().generate(300, 99, done -> { })).isEqualTo(300);
            assertThat(store.applications().count()).isEqualTo(DemoSeeder.DEMO_COUNT + 300);
            assertThat(store.chainVerifies()).isTrue();
            assertThat(store.histories()).hasSize(DemoSeeder.DEMO_COUNT + 300);
        } finally {
            store.database().close();
        }
    }

    @Test
    void generatingNothingWritesNothing() {
        Store store = Store.open(folder.resolve("empty"), FAST);
        try {
            List<Long> progress = new ArrayList<>();
            assertThat(store.seeder().generate(0, 1, progress::add)).isZero();
            assertThat(progress).isEmpty();
            assertThat(store.applications().count()).isZero();
            assertThat(store.audit().maxSeq()).isZero();
        } finally {
            store.database().close();
        }
    }

    private static LicenceApplication withVersion(LicenceApplication a, long version) {
        return new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(), a.applicant(), a.consignee(),
                a.endUser(), a.endUse(), a.contract(), a.transport(), a.items(), a.documents(), a.status(),
                a.assignee(), version);
    }
}
