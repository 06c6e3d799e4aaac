package org.licensedesk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.app.Services;
import org.licensedesk.appeal.AppealService;
import org.licensedesk.audit.AuditChain;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.IntegrityWatch;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.audit.SigningKeys;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.audit.WorkstationHeads;
import org.licensedesk.calendar.CalendarService;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.demo.DemoSeeder;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.licence.AmendmentField;
import org.licensedesk.domain.licence.LicenceAction;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.history.HistoryService;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.letter.LetterKind;
import org.licensedesk.letter.LetterService;
import org.licensedesk.licence.AmendmentService;
import org.licensedesk.licence.LicenceService;
import org.licensedesk.licence.ShipmentImport;
import org.licensedesk.partyhistory.PartyHistoryService;
import org.licensedesk.queue.QueueService;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.StoreCopy;
import org.licensedesk.storecopy.StoreCopier;
import org.licensedesk.store.UserRepository;
import org.licensedesk.team.TeamService;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.workflow.WorkflowService;
import org.licensedesk.flags.FlagGate;
import org.licensedesk.flags.FlagService;
import org.licensedesk.workflow.CountersignThresholds;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;

/**
 * The README's table "Who may do what" is the one statement of who may call which service method. This test reads
 * it, checks that it names every public method of the services that change data or read the audit trail, and calls
 * each method as each kind of official on one database wired as the app wires it: success exactly for those the
 * table names; for everyone else a refusal in one plain sentence, with nothing written.
 */
class RolesTableTest {
    private static final Path README = Path.of("README.md");
    private static final String SECTION = "## Who may do what";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZONE);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final String PASSWORD = "correct-horse-2026";
    private static final String NOTE = "Checked against the file and the checklist.";

    /** Signed in before anything changed; chen.jie and zhang.min are deactivated afterwards, behind their backs. */
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User CHEN_JIE = new User("chen.jie", "Chen Jie", UserRole.REVIEWER, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final List<User> ACTORS = List.of(LI_NA, WANG_FANG, ZHAO_LEI, CHEN_JIE, ZHANG_MIN);
    private static final Set<String> DEACTIVATED = Set.of("chen.jie", "zhang.min");

    /** Who each phrase of the table's third column lets through, of the actors above. */
    private static final Map<String, Set<User>> ALLOWED = Map.of(
            "any signed-in", Set.of(LI_NA, WANG_FANG, ZHAO_LEI),
            "supervisor", Set.of(ZHAO_LEI),
            "supervisor, not the recommender", Set.of(ZHAO_LEI),
            "reviewer", Set.of(LI_NA, WANG_FANG),
            "assignee", Set.of(LI_NA),
            "assignee or supervisor", Set.of(LI_NA, ZHAO_LEI),
            "anyone", Set.copyOf(ACTORS),
            "system", Set.of());

    /** The services whose public methods the table must account for. */
    private static final List<Class<?>> SERVICES = List.of(AccountService.class, WorkflowService.class,
            ScreeningDispositions.class, ScreeningService.class, IntakeService.class, TeamService.class,
            AuditExporter.class, HistoryService.class, IntegrityWatch.class, AuditTrail.class,
            PartyHistoryService.class, DemoSeeder.class, DashboardService.class, QueueService.class,
            LicenceService.class, ShipmentImport.class, AmendmentService.class, AppealService.class,
            LetterService.class, CalendarService.class, AuditCheckpoints.class, AuditChain.class, StoreCopier.class,
            FlagService.class, CountersignThresholds.class);

    /**
     * Classes the scan below finds (a service's name, a use of the audit trail, or a public method taking an
     * official) that are not called on an official's behalf: the checks themselves, which the services call with the
     * account as stored. With why.
     */
    private static final Map<Class<?>, String> NOT_SERVICES = Map.of(
            Officials.class, "the check of the acting official that the services call",
            AccountCheck.class, "the second opinion Officials asks about an account",
            TrailAgreement.class, "checks an account or status row against the trail for Officials and the services; "
                    + "records a mismatch once",
            WorkstationHeads.class, "on each sign-in, compares this workstation's remembered head with the chain of "
                    + "the official who signed in",
            FlagGate.class, "raises the flag rules' flags inside the intake, workflow and flag services' transactions, "
                    + "as the official those services checked, and refuses an approval a blocking flag stops");

    /** Packages that hold no services: the layers around them, and the composition root. */
    private static final Set<String> NOT_SERVICE_PACKAGES = Set.of("org.licensedesk.domain", "org.licensedesk.store",
            "org.licensedesk.ui", "org.licensedesk.cli", "org.licensedesk.app", "org.licensedesk.json",
            "org.licensedesk.preferences");

    /** What the audit trail is read or written through. */
    private static final Set<String> TRAIL_CLASSES = Set.of(AuditTrail.class.getName(), AuditChain.class.getName(),
            AuditRepository.class.getName(), "org.licensedesk.store.HistoryRepository");

    /** Public methods that change nothing and read no audit entry, so they take no official; with why. */
    private static final Map<String, String> READ_ONLY = Map.ofEntries(
            Map.entry("AccountService.users", "the accounts, no audit entry"),
            Map.entry("WorkflowService.state", "one application's status and version"),
            Map.entry("WorkflowService.allowedActions", "asks WorkflowRules what the user may start"),
            Map.entry("ScreeningDispositions.refusal", "asks DispositionRules whether the user may record one"),
            Map.entry("ScreeningService.read", "reads list files, stores nothing"),
            Map.entry("ScreeningService.hits", "one application's hits"),
            Map.entry("ScreeningService.flaggedReferences", "the queue's red flags"),
            Map.entry("ScreeningService.entryCounts", "counts of listed entries"),
            Map.entry("ScreeningService.threshold", "the threshold in force"),
            Map.entry("TeamService.workload", "counts per reviewer from the applications"),
            Map.entry("TeamService.openCases", "one reviewer's open applications"),
            Map.entry("HistoryService.zone", "the desk's time zone"),
            Map.entry("AuditTrail.now", "the trail's clock"),
            Map.entry("StoreCopier.describe", "names the store, as messages do"),
            Map.entry("AuditTrail.agreement", "checks rows against the trail (reads only)"),
            Map.entry("AuditTrail.checkpoints", "AuditCheckpoints, which checks the role"),
            Map.entry("AuditTrail.workstationHeads", "this workstation's remembered head (a local file)"),
            Map.entry("PartyHistoryService.related", "one application's related applications"),
            Map.entry("PartyHistoryService.applicantDeniedRecently", "references for the queue's denial filter"),
            Map.entry("PartyHistoryService.deniedSince", "the denial filter's first day"),
            Map.entry("QueueService.queue", "the queue rows"),
            Map.entry("QueueService.details", "one application's details"),
            Map.entry("QueueService.today", "the desk's date"),
            Map.entry("QueueService.page", "one page of the queue"),
            Map.entry("QueueService.count", "how many applications a queue filter matches"),
            Map.entry("QueueService.countUpTo", "whether a queue filter matches more than a bound, without counting"),
            Map.entry("QueueService.keyAt", "the key at a position of a queue filter's rows, to start a page there"),
            Map.entry("QueueService.position", "where an application stands among a queue filter's rows"),
            Map.entry("QueueService.inbox", "the query of an inbox (reads the stopped days for Past deadline)"),
            Map.entry("QueueService.inboxCounts", "how many applications each inbox holds"),
            Map.entry("QueueService.pastDeadline", "the Past deadline filter's cutoffs"),
            Map.entry("DashboardService.dashboard", "aggregates of the applications"),
            Map.entry("DashboardService.defaultPeriod", "the dashboards' default months"),
            Map.entry("DashboardService.decisionsPerWeek", "aggregates of the applications"),
            Map.entry("DashboardService.withinDeadlinePerMonth", "aggregates of the applications"),
            Map.entry("DashboardService.elements", "aggregates of the applications"),
            Map.entry("DashboardService.countries", "aggregates of the applications"),
            Map.entry("DashboardService.openByAge", "aggregates of the applications"),
            Map.entry("DashboardService.durations", "aggregates of the applications"),
            Map.entry("DashboardService.historyFilter", "turns a clicked figure into a history filter"),
            Map.entry("DashboardService.openApplications", "the open applications behind a clicked age bar"),
            Map.entry("HistoryService.derivedIndexPending", "a count of entries whose note words or application "
                    + "facts wait to be indexed"),
            Map.entry("HistoryService.fillDerivedIndexes", "fills the derived note-word and fact indexes from the "
                    + "trail; "
                    + "changes no application, entry or account"),
            Map.entry("PartyHistoryService.otherDenialsOfApplicant", "the applicant's other denials, as shown"),
            Map.entry("LicenceService.today", "the desk's date"),
            Map.entry("LicenceService.figures", "the licence dashboards' counts and quantities"),
            Map.entry("LicenceService.list", "the licence list"),
            Map.entry("LicenceService.shipments", "one licence's recorded shipments"),
            Map.entry("AmendmentService.amendments", "one licence's amendments"),
            Map.entry("AmendmentService.linkedApplications", "the new applications linked to one licence"),
            Map.entry("AppealService.periodDays", "the configured appeal period"),
            Map.entry("AppealService.latest", "one application's latest appeal"),
            Map.entry("CalendarService.current", "the working-day calendar in force"),
            Map.entry("CalendarService.coverage", "the years the calendar covers"),
            Map.entry("CalendarService.importedYears", "the imported years with their files' hashes"),
            Map.entry("CalendarService.uncoveredNextYear", "whether next year needs importing"),
            Map.entry("FlagService.rules", "the flag rules in force"),
            Map.entry("FlagService.flags", "one application's flags, as its details show them"),
            Map.entry("CountersignThresholds.current", "the second-countersignature threshold in force"));

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @TempDir
    static Path folder;
    private static Services services;
    private static Database database;
    private static ApplicationRepository applications;
    private static UserRepository users;
    private static AuditRepository audit;

    /** A table row's method for one actor: prepares what the call needs, and returns the call itself. */
    @FunctionalInterface
    private interface Call {
        Action prepare(User actor) throws Exception;
    }

    /** The call under test, after its preparation. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private record Row(String service, String method, String who) {
        String key() {
            return service + "." + method;
        }
    }

    @BeforeAll
    static void openDesk() {
        String location = folder.resolve("desk").toString();
        services = Services.open(location, BackendOpener.Mode.CREATE, CLOCK);
        database = Database.openExisting(Path.of(location));
        applications = new ApplicationRepository(database);
        users = new UserRepository(database);
        audit = new AuditRepository(database);
        PasswordHash hash = PasswordHasher.weakForTests(1).hash(PASSWORD.toCharArray());
        database.write(transaction -> {
            for (User official : ACTORS) {
                users.insert(transaction, official, hash);
            }
            return null;
        });
        services.screening().importList(ListFormat.CSL, List.of(sample("csl.csv")), ZHAO_LEI);
        DEACTIVATED.forEach(username -> setActive(username, false));
    }

    @AfterAll
    static void closeDesk() {
        assertThat(services.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        database.close();
        services.close();
    }

    @Test
    void theTableNamesEveryPublicMethodOfTheServicesThatChangesDataOrReadsTheAuditTrail() throws IOException {
        Set<String> inTable = rows().stream().map(row -> row.key().replaceAll("\\(.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> public_ = new TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    public_.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        Set<String> unaccounted = new TreeSet<>(public_);
        unaccounted.removeAll(inTable);
        unaccounted.removeAll(READ_ONLY.keySet());

        assertThat(unaccounted).as("public service methods neither in the README's table nor read-only").isEmpty();
        assertThat(inTable).as("methods in the table that the services do not have").isSubsetOf(public_);
        assertThat(READ_ONLY.keySet()).as("read-only methods that are also in the table")
                .doesNotContainAnyElementsOf(inTable);
    }

    @Test
    void everyServiceClassIsAccountedFor() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("org.licensedesk");
        Set<String> found = new TreeSet<>();
        for (JavaClass type : main) {
            boolean servicePackage = NOT_SERVICE_PACKAGES.stream().noneMatch(outside ->
                    type.getPackageName().equals(outside) || type.getPackageName().startsWith(outside + "."));
            if (!servicePackage || !type.getModifiers().contains(JavaModifier.PUBLIC) || type.isNestedClass()) {
                continue;
            }
            boolean named = type.getSimpleName().endsWith("Service");
            boolean usesTrail = type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> TRAIL_CLASSES.contains(dependency.getTargetClass().getName()));
            boolean actsForOfficials = type.getMethods().stream()
                    .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                    .anyMatch(method -> method.getRawParameterTypes().stream()
                            .anyMatch(parameter -> parameter.isEquivalentTo(User.class)));
            if (named || usesTrail || actsForOfficials) {
                found.add(type.getName());
            }
        }
        Set<String> known = new TreeSet<>();
        SERVICES.forEach(service -> known.add(service.getName()));
        NOT_SERVICES.keySet().forEach(type -> known.add(type.getName()));

        assertThat(found).as("the scan finds the services this test knows").contains(
                LicenceService.class.getName(), AuditCheckpoints.class.getName(), CalendarService.class.getName());
        assertThat(new TreeSet<>(found)).as("classes that look like services (named *Service, using the audit "
                + "trail, or taking an official) but are neither in SERVICES nor explained in NOT_SERVICES: add "
                + "their methods to the README's table").isSubsetOf(known);
    }

    @Test
    void everyMethodOfTheTableSucceedsExactlyForTheOfficialsItNames() throws Exception {
        Map<String, Call> calls = calls();
        List<Row> rows = rows().stream().filter(row -> !row.who().equals("system")).toList();
        Set<String> rowKeys = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rowKeys)
                .as("every row that is not the system's has a call in this test, and no call lacks a row")
                .isEqualTo(new TreeSet<>(calls.keySet()));

        List<String> holes = new ArrayList<>();
        int tried = 0;
        for (Row row : rows) {
            Set<User> allowed = ALLOWED.get(row.who());
            for (User actor : ACTORS) {
                tried++;
                String outcome = attempt(calls.get(row.key()), actor, allowed.contains(actor));
                if (outcome != null) {
                    holes.add(row.key() + " as " + actor.username() + " (" + row.who() + "): " + outcome);
                }
            }
        }

        System.out.printf("RolesTableTest: %d rows of the table, %d calls by officials (%d methods x %d officials)%n",
                rows().size(), tried, rows.size(), ACTORS.size());
        assertThat(holes).as("calls whose outcome is not what the table says").isEmpty();
        assertThat(tried).isEqualTo(rows.size() * ACTORS.size());
    }

    @Test
    void everyPhraseOfTheTableIsKnownAndSystemMethodsActOnNobodysBehalf() throws IOException {
        for (Row row : rows()) {
            assertThat(ALLOWED).as(row.key()).containsKey(row.who());
        }
        for (Row row : rows()) {
            if (!row.who().equals("system") || row.method().equals("performAll")
                    || row.method().equals("loadBundledSamplesIfEmpty")) {
                continue;
            }
            for (Class<?> service : SERVICES) {
                if (service.getSimpleName().equals(row.service())) {
                    for (Method method : service.getMethods()) {
                        if (method.getName().equals(row.method())) {
                            assertThat(method.getParameterTypes()).as(row.key() + " takes no official")
                                    .doesNotContain(User.class);
                        }
                    }
                }
            }
        }
    }

    /** Null when the call went as the table says, otherwise what happened instead. */
    private static String attempt(Call call, User actor, boolean allowed) {
        Action action;
        try {
            action = call.prepare(actor);
        } catch (Exception e) {
            return "could not prepare the call: " + e;
        }
        long headBefore = audit.head().seq();
        try {
            action.run();
        } catch (RuntimeException refused) {
            String message = refused.getMessage();
            if (allowed) {
                return "refused: " + refused;
            }
            if (!refused.getClass().getSimpleName().endsWith("RefusedException")) {
                return "failed instead of being refused: " + refused;
            }
            if (message == null || !message.matches("\\p{Lu}[^\\n]*[.]") || message.contains("Exception")) {
                return "refused, but not in one plain sentence: " + message;
            }
            long headAfter = audit.head().seq();
            return headAfter == headBefore ? null : "refused, but the audit trail grew by " + (headAfter - headBefore);
        } catch (Exception e) {
            return "failed: " + e;
        }
        return allowed ? null : "allowed, although the table does not name " + actor.username()
                + (DEACTIVATED.contains(actor.username()) ? ", deactivated since signing in" : "");
    }

    private static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        assertThat(start).as("README has the section " + SECTION).isNotNegative();
        List<Row> rows = new ArrayList<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            String service = cells[0].strip().replace("`", "");
            String who = cells[2].strip().replaceAll(" \\(.*", "");
            Matcher methods = code.matcher(cells[1]);
            while (methods.find()) {
                String method = methods.group(1);
                Matcher actions = Pattern.compile("(\\w+)\\((.*)\\)").matcher(method);
                if (actions.matches()) {
                    for (String action : actions.group(2).split(",\\s*")) {
                        rows.add(new Row(service, actions.group(1) + "(" + action + ")", who));
                    }
                } else {
                    rows.add(new Row(service, method, who));
                }
            }
        }
        assertThat(rows).as("rows of the table").isNotEmpty();
        return rows;
    }

    // --- the calls, each preparing a fresh application or account of its own ---

    private static Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        AccountService accounts = services.accounts();
        calls.put("AccountService.signIn",
                actor -> () -> accounts.signIn(actor.username(), PASSWORD.toCharArray()));
        calls.put("AccountService.addUser", actor -> {
            String username = "new.user" + SERIAL.incrementAndGet();
            return () -> accounts.addUser(actor, username, "New User", UserRole.REVIEWER,
                    "a-long-password-2026".toCharArray());
        });
        calls.put("AccountService.resetPassword", actor -> {
            String username = freshAccount();
            return () -> accounts.resetPassword(actor, username, "a-long-password-2026".toCharArray());
        });
        calls.put("AccountService.deactivate", actor -> {
            String username = freshAccount();
            return () -> accounts.deactivate(actor, username);
        });

        WorkflowService workflow = services.workflow();
        calls.put("WorkflowService.perform(CLAIMED)", actor -> {
            String ref = submitted();
            return () -> workflow.perform(actor, new WorkflowCommand.Claim(ref, version(ref), NOTE));
        });
        calls.put("WorkflowService.perform(ASSIGNED)", actor -> {
            String ref = submitted();
            return () -> workflow.perform(actor, new WorkflowCommand.Assign(ref, version(ref), NOTE, WANG_FANG));
        });
        calls.put("WorkflowService.perform(SENT_BACK)", actor -> {
            String ref = pending(true);
            return () -> workflow.perform(actor, new WorkflowCommand.SendBack(ref, version(ref), NOTE));
        });
        calls.put("WorkflowService.perform(INFO_REQUESTED)", actor -> {
            String ref = underReview(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.RequestInfo(ref, version(ref), NOTE,
                    List.of("Send the signed end-user certificate.")));
        });
        calls.put("WorkflowService.perform(INFO_RECEIVED)", actor -> {
            User assignee = assigneeFor(actor);
            String ref = underReview(assignee);
            asActive(assignee, () -> workflow.perform(assignee, new WorkflowCommand.RequestInfo(ref, version(ref),
                    NOTE, List.of("Send the signed end-user certificate."))));
            return () -> workflow.perform(actor, new WorkflowCommand.ReceiveInfo(ref, version(ref), NOTE));
        });
        calls.put("WorkflowService.perform(ASSESSED)", actor -> {
            String ref = underReview(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.Assess(ref, version(ref), NOTE, allFactors()));
        });
        calls.put("WorkflowService.perform(RECOMMENDED_APPROVAL)", actor -> {
            String ref = assessed(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.RecommendApproval(ref, version(ref), NOTE,
                    terms()));
        });
        calls.put("WorkflowService.perform(RECOMMENDED_DENIAL)", actor -> {
            String ref = assessed(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.RecommendDenial(ref, version(ref), NOTE,
                    reasons()));
        });
        calls.put("WorkflowService.perform(RETURNED_WITHOUT_ACTION)", actor -> {
            String ref = underReview(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.ReturnWithoutAction(ref, version(ref), NOTE,
                    List.of("The sales contract is missing.")));
        });
        calls.put("WorkflowService.perform(APPROVED)", actor -> {
            String ref = pending(true);
            return () -> workflow.perform(actor, new WorkflowCommand.Approve(ref, version(ref), NOTE, null,
                    List.of()));
        });
        calls.put("WorkflowService.perform(DENIED)", actor -> {
            String ref = pending(false);
            return () -> workflow.perform(actor, new WorkflowCommand.Deny(ref, version(ref), NOTE, List.of()));
        });
        calls.put("WorkflowService.perform(WITHDRAWN)", actor -> {
            String ref = underReview(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.Withdraw(ref, version(ref), NOTE));
        });
        calls.put("WorkflowService.perform(CLOCK_STOPPED)", actor -> {
            String ref = underReview(assigneeFor(actor));
            return () -> workflow.perform(actor, new WorkflowCommand.StopClock(ref, version(ref), NOTE,
                    ClockStop.EXPERT_CONSULTATION));
        });
        calls.put("WorkflowService.perform(CLOCK_RESUMED)", actor -> {
            User assignee = assigneeFor(actor);
            String ref = underReview(assignee);
            asActive(assignee, () -> workflow.perform(assignee, new WorkflowCommand.StopClock(ref, version(ref),
                    NOTE, ClockStop.ON_SITE_VERIFICATION)));
            return () -> workflow.perform(actor, new WorkflowCommand.ResumeClock(ref, version(ref), NOTE));
        });
        calls.put("WorkflowService.perform(STATE_COUNCIL_REFERRAL)", actor -> {
            String ref = underReview(LI_NA);
            return () -> workflow.perform(actor, new WorkflowCommand.StopClock(ref, version(ref), NOTE,
                    ClockStop.STATE_COUNCIL_REFERRAL));
        });
        calls.put("WorkflowService.perform(NOTE_ADDED)", actor -> {
            String ref = underReview(LI_NA);
            return () -> workflow.perform(actor, new WorkflowCommand.AddNote(ref, version(ref), NOTE));
        });
        calls.put("WorkflowService.latestAssessment", actor -> {
            String ref = assessed(LI_NA);
            return () -> assertThat(workflow.latestAssessment(ref)).isPresent();
        });
        calls.put("WorkflowService.recommendedTerms", actor -> {
            String ref = pending(true);
            return () -> assertThat(workflow.recommendedTerms(ref)).isPresent();
        });
        calls.put("WorkflowService.recommendedDenialReasons", actor -> {
            String ref = pending(false);
            return () -> assertThat(workflow.recommendedDenialReasons(ref)).isPresent();
        });

        calls.put("ScreeningDispositions.dispose", actor -> {
            String ref = withHit(assigneeFor(actor));
            String entryKey = services.screening().hits(ref).get(0).entryKey();
            return () -> services.dispositions().dispose(actor, ref, ScreenedParty.END_USER, entryKey,
                    ScreeningDisposition.FALSE_POSITIVE, NOTE);
        });
        ScreeningService screening = services.screening();
        calls.put("ScreeningService.importList",
                actor -> () -> screening.importList(ListFormat.CSL, List.of(sample("csl.csv")), actor));
        calls.put("ScreeningService.setThreshold", actor -> () -> screening.setThreshold(86, actor));
        calls.put("ScreeningService.loadBundledSamplesIfEmpty",
                actor -> () -> screening.loadBundledSamplesIfEmpty(actor));

        calls.put("IntakeService.importFile", actor -> {
            Path file = intakeFile();
            return () -> {
                ImportResult result = services.intake().importFile(file, actor, ProgressListener.NONE, () -> false);
                assertThat(result.imported()).as(result.problems().toString()).isEqualTo(1);
            };
        });
        calls.put("TeamService.reassign", actor -> {
            String ref = underReview(LI_NA);
            return () -> services.team().reassign(actor, services.team().openCases("li.na").stream()
                    .filter(listed -> listed.reference().equals(ref)).toList(), "wang.fang", NOTE);
        });
        calls.put("AuditExporter.export", actor -> {
            Path file = folder.resolve("audit-" + SERIAL.incrementAndGet() + ".json");
            return () -> services.auditExporter().export(AuditScope.all(), file, actor, ProgressListener.NONE,
                    () -> false);
        });
        HistoryService history = services.history();
        calls.put("HistoryService.firstPage",
                actor -> () -> history.firstPage(actor, HistoryFilter.ANY, HistorySort.NEWEST_FIRST));
        calls.put("HistoryService.nextPage", actor -> {
            HistoryPage first = history.firstPage(ZHAO_LEI, HistoryFilter.ANY, HistorySort.OLDEST_FIRST);
            return () -> history.nextPage(actor, HistoryFilter.ANY, HistorySort.OLDEST_FIRST, first);
        });
        calls.put("IntegrityWatch.verify", actor -> () -> new IntegrityWatch(services.auditTrail(),
                services.officials(), actor).verify(ProgressListener.NONE, () -> false));
        calls.put("AuditTrail.verifyDatabase",
                actor -> () -> services.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false));
        calls.put("StoreCopier.copyTo", actor -> {
            String target = folder.resolve("copy-" + SERIAL.incrementAndGet()).resolve("licensedesk").toString();
            return () -> {
                try (Services copy = Services.open(target, BackendOpener.Mode.CREATE, CLOCK)) {
                    services.storeCopier().copyTo(copy.storeCopier(), actor, StoreCopy.Progress.NONE);
                }
            };
        });
        calls.put("AuditTrail.forApplication", actor -> {
            String ref = pending(true);
            return () -> assertThat(services.auditTrail().forApplication(ref)).hasSize(2);
        });
        licenceCalls(calls);
        return calls;
    }

    /** The calls of the services that came with licences after issue, letters, appeals, calendars and checkpoints. */
    private static void licenceCalls(Map<String, Call> calls) {
        LicenceService licences = services.licences();
        calls.put("LicenceService.change(SUSPEND)", actor -> {
            String number = licensed();
            return () -> licences.change(actor, number, LicenceAction.SUSPEND, NOTE);
        });
        calls.put("LicenceService.change(REINSTATE)", actor -> {
            String number = licensed();
            licences.change(ZHAO_LEI, number, LicenceAction.SUSPEND, NOTE);
            return () -> licences.change(actor, number, LicenceAction.REINSTATE, NOTE);
        });
        calls.put("LicenceService.change(REVOKE)", actor -> {
            String number = licensed();
            return () -> licences.change(actor, number, LicenceAction.REVOKE, NOTE);
        });
        calls.put("LicenceService.change(SURRENDER)", actor -> {
            String number = licensed();
            return () -> licences.change(actor, number, LicenceAction.SURRENDER, NOTE);
        });
        calls.put("LicenceService.recordShipment", actor -> {
            Shipment shipment = shipment(licensed());
            return () -> licences.recordShipment(actor, shipment);
        });
        calls.put("LicenceService.recordShipments", actor -> {
            Shipment shipment = shipment(licensed());
            return () -> licences.recordShipments(actor, List.of(shipment));
        });
        calls.put("LicenceService.recordAllOrNothing", actor -> {
            Shipment shipment = shipment(licensed());
            return () -> assertThat(licences.recordAllOrNothing(actor, List.of(shipment))).containsOnlyNulls();
        });
        // No licence of this desk has expired yet, so the call records none: it is still refused to a deactivated
        // official, before it looks.
        calls.put("LicenceService.recordExpiries", actor -> () -> assertThat(licences.recordExpiries(actor)).isZero());
        calls.put("LicenceService.licence", actor -> {
            String number = licensed();
            return () -> assertThat(licences.licence(number).number()).isEqualTo(number);
        });
        calls.put("LicenceService.licenceOf", actor -> {
            String reference = approved();
            return () -> assertThat(licences.licenceOf(reference)).isPresent();
        });
        calls.put("ShipmentImport.importFile", actor -> {
            Path file = shipmentsFile(licensed());
            return () -> {
                ShipmentImport.Result result = new ShipmentImport(licences).importFile(actor, file);
                assertThat(result.problems()).isEmpty();
            };
        });

        AmendmentService amendments = services.amendments();
        calls.put("AmendmentService.receive", actor -> {
            String number = licensed();
            return () -> amendments.receive(actor, number, AmendmentField.CONTACT_PHONE, "+86 10 6519 8888", TODAY,
                    NOTE);
        });
        calls.put("AmendmentService.linkNewApplication", actor -> {
            String number = licensed();
            String newApplication = submitted();
            return () -> amendments.linkNewApplication(actor, number, AmendmentField.END_USER, newApplication, NOTE);
        });
        calls.put("AmendmentService.recommend", actor -> {
            long id = amendmentReceived();
            return () -> amendments.recommend(actor, id, true, NOTE);
        });
        calls.put("AmendmentService.decide", actor -> {
            long id = amendmentReceived();
            amendments.recommend(LI_NA, id, true, NOTE);
            return () -> amendments.decide(actor, id, true, NOTE);
        });

        AppealService appeals = services.appeals();
        calls.put("AppealService.receive", actor -> {
            String reference = denied();
            return () -> appeals.receive(actor, reference, TODAY, NOTE);
        });
        calls.put("AppealService.review", actor -> {
            String reference = denied();
            appeals.receive(ZHAO_LEI, reference, TODAY, NOTE);
            return () -> appeals.review(actor, reference, AppealOutcome.UPHELD, NOTE);
        });
        calls.put("AppealService.decide", actor -> {
            String reference = denied();
            appeals.receive(ZHAO_LEI, reference, TODAY, NOTE);
            appeals.review(LI_NA, reference, AppealOutcome.UPHELD, NOTE);
            return () -> appeals.decide(actor, reference, AppealOutcome.UPHELD, NOTE);
        });

        LetterService letters = services.letters();
        calls.put("LetterService.issue", actor -> {
            String reference = approved();
            return () -> letters.issue(actor, reference, LetterKind.APPROVAL);
        });
        calls.put("LetterService.verifyFile", actor -> {
            byte[] pdf = letters.issue(ZHAO_LEI, approved(), LetterKind.APPROVAL).pdf();
            return () -> assertThat(letters.verifyFile(pdf).matches()).isTrue();
        });
        calls.put("LetterService.verifyHash", actor -> {
            String sha256 = letters.issue(ZHAO_LEI, approved(), LetterKind.APPROVAL).fileSha256();
            return () -> assertThat(letters.verifyHash(sha256).matches()).isTrue();
        });

        calls.put("CalendarService.importFile", actor -> {
            Path file = folder.resolve("calendar-" + SERIAL.incrementAndGet() + ".csv");
            Files.writeString(file, "date,kind,name\n2027-02-08,HOLIDAY,Made-up test holiday\n",
                    StandardCharsets.UTF_8);
            return () -> services.calendars().importFile(file, actor);
        });

        FlagService flags = services.flags();
        calls.put("FlagService.addRule", actor -> () -> flags.addRule(actor, nowhereRule()));
        calls.put("FlagService.changeRule", actor -> {
            FlagRule rule = flags.addRule(ZHAO_LEI, nowhereRule());
            return () -> flags.changeRule(actor, new FlagRule(rule.id(), rule.kind(), rule.parameter(),
                    FlagColour.BLUE, rule.blocking(), rule.clearer(), rule.notByRaiser(), rule.reason(), true));
        });
        calls.put("FlagService.removeRule", actor -> {
            FlagRule rule = flags.addRule(ZHAO_LEI, nowhereRule());
            return () -> flags.removeRule(actor, rule.id());
        });
        calls.put("FlagService.clear", actor -> {
            if (flags.rules().stream().noneMatch(rule -> rule.reason().startsWith("Roles table: any official"))) {
                flags.addRule(ZHAO_LEI, FlagRule.draft(FlagRuleKind.CONTROL_CODE, "1C904", FlagColour.AMBER, false,
                        UserRole.REVIEWER, false, "Roles table: any official clears"));
            }
            String ref = submitted();
            services.workflow().perform(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE));
            long id = flags.flags(ref).stream().filter(flag -> flag.rule().reason().startsWith("Roles table: any"))
                    .findFirst().orElseThrow().id();
            return () -> flags.clear(actor, id, NOTE);
        });

        calls.put("CountersignThresholds.change", actor -> () -> services.countersignThresholds()
                .change(new java.math.BigDecimal(900_000 + SERIAL.incrementAndGet()), actor));

        AuditCheckpoints checkpoints = services.auditCheckpoints();
        SigningKeys keys = SigningKeys.in(folder.resolve("keys"));
        calls.put("AuditCheckpoints.take", actor -> {
            Path file = folder.resolve("checkpoint-" + SERIAL.incrementAndGet() + ".json");
            return () -> {
                checkpoints.take(actor, keys, file);
                assertThat(file).exists();
            };
        });
        calls.put("AuditCheckpoints.verify", actor -> {
            Path file = folder.resolve("checkpoint-" + SERIAL.incrementAndGet() + ".json");
            checkpoints.take(ZHAO_LEI, keys, file);
            return () -> assertThat(checkpoints.verify(file).ok()).isTrue();
        });
    }

    /** Approved by zhao.lei on li.na's recommendation: it has its licence. */
    private static String approved() {
        String ref = pending(true);
        services.workflow().perform(ZHAO_LEI, new WorkflowCommand.Approve(ref, version(ref), NOTE, null, List.of()));
        return ref;
    }

    /** The number of a new licence, in force. */
    private static String licensed() {
        return services.licences().licenceOf(approved()).orElseThrow().number();
    }

    /** A shipment of one kilogram of the licence's dysprosium oxide, today, under a new customs declaration. */
    private static Shipment shipment(String number) {
        return new Shipment(number, TODAY, "Hanseatic Metals GmbH", "CD-ROLES-" + SERIAL.incrementAndGet(),
                List.of(new ShipmentLine(1, BigDecimal.ONE, QuantityUnit.KG)));
    }

    private static Path shipmentsFile(String number) throws IOException {
        Path file = folder.resolve("shipments-" + SERIAL.incrementAndGet() + ".json");
        Files.writeString(file, "{\"format\": \"licensedesk.shipments\", \"formatVersion\": 1, \"shipments\": "
                + "[{\"licenceNumber\": \"" + number + "\", \"shippedOn\": \"" + TODAY + "\", \"consignee\": "
                + "\"Hanseatic Metals GmbH\", \"customsDeclaration\": \"CD-ROLES-" + SERIAL.get() + "\", \"lines\": "
                + "[{\"itemLine\": 1, \"quantity\": \"1\", \"unit\": \"KG\"}]}]}", StandardCharsets.UTF_8);
        return file;
    }

    /** An amendment of a licence's contact telephone, received by zhao.lei and not yet recommended. */
    private static long amendmentReceived() {
        return services.amendments().receive(ZHAO_LEI, licensed(), AmendmentField.CONTACT_PHONE, "+86 10 6519 8888",
                TODAY, NOTE).id();
    }

    /**
     * Denied today, with chen.jie recommending and zhang.min deciding while they were still active: li.na, wang.fang
     * and zhao.lei took no part, so they may review and decide an appeal against it.
     */
    private static String denied() {
        String ref = assessed(CHEN_JIE);
        asActive(CHEN_JIE, () -> services.workflow().perform(CHEN_JIE,
                new WorkflowCommand.RecommendDenial(ref, version(ref), NOTE, reasons())));
        asActive(ZHANG_MIN, () -> services.workflow().perform(ZHANG_MIN,
                new WorkflowCommand.Deny(ref, version(ref), NOTE, List.of())));
        return ref;
    }

    /** The application's assignee for an action of {@code actor}: themself when a deactivated reviewer, else li.na. */
    private static User assigneeFor(User actor) {
        return actor.equals(CHEN_JIE) ? CHEN_JIE : LI_NA;
    }

    private static long version(String reference) {
        return services.workflow().state(reference).version();
    }

    private static String newApplication(ApplicationStatus status, String assignee, String endUser) {
        String reference = String.format("EXP-2026-%06d", 900_000 + SERIAL.incrementAndGet());
        LicenceApplication a = SampleApplications.dysprosiumOxide(reference, RECEIVED, status, assignee);
        if (endUser != null) {
            a = new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(), a.applicant(), a.consignee(),
                    new Party(PartyRole.END_USER, endUser, "CY", "Nicosia"), a.endUse(), a.contract(),
                    a.transport(), a.items(), a.documents(), a.status(), a.assignee(), a.version());
        }
        applications.insertAll(List.of(a));
        return reference;
    }

    /** A rule for a country no application goes to: adding it raises no flag. */
    private static FlagRule nowhereRule() {
        return FlagRule.draft(FlagRuleKind.DESTINATION, "ZZ", FlagColour.AMBER, false, UserRole.SUPERVISOR, false,
                "RolesTableTest: no application goes there");
    }

    private static String submitted() {
        return newApplication(ApplicationStatus.SUBMITTED, null, null);
    }

    private static String underReview(User assignee) {
        return newApplication(ApplicationStatus.UNDER_REVIEW, assignee.username(), null);
    }

    private static String assessed(User assignee) {
        String ref = underReview(assignee);
        asActive(assignee, () -> services.workflow().perform(assignee,
                new WorkflowCommand.Assess(ref, version(ref), NOTE, allFactors())));
        return ref;
    }

    /** Assessed and recommended by li.na: waiting for a supervisor's countersignature. */
    private static String pending(boolean approval) {
        String ref = assessed(LI_NA);
        services.workflow().perform(LI_NA, approval
                ? new WorkflowCommand.RecommendApproval(ref, version(ref), NOTE, terms())
                : new WorkflowCommand.RecommendDenial(ref, version(ref), NOTE, reasons()));
        return ref;
    }

    private static String withHit(User assignee) {
        String ref = newApplication(ApplicationStatus.UNDER_REVIEW, assignee.username(), "Rosneft Trade Ltd.");
        services.screening().screen(ref);
        return ref;
    }

    private static String freshAccount() {
        String username = "someone" + SERIAL.incrementAndGet();
        database.write(transaction -> {
            users.insert(transaction, new User(username, "Some One", UserRole.REVIEWER, true));
            return null;
        });
        return username;
    }

    /** Preparing work held by a deactivated official needs them active for a moment, as they were before. */
    private static void asActive(User official, Runnable preparation) {
        boolean deactivated = DEACTIVATED.contains(official.username());
        if (deactivated) {
            setActive(official.username(), true);
        }
        try {
            preparation.run();
        } finally {
            if (deactivated) {
                setActive(official.username(), false);
            }
        }
    }

    private static void setActive(String username, boolean active) {
        database.write(transaction -> {
            users.setActive(transaction, username, active);
            return null;
        });
    }

    private static Path intakeFile() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode batch = (ObjectNode) mapper.readTree(Path.of("assets/intake-sample.json").toFile());
        ObjectNode first = (ObjectNode) batch.get("applications").get(0);
        first.put("reference", String.format("EXP-2026-%06d", 800_000 + SERIAL.incrementAndGet()));
        ArrayNode one = mapper.createArrayNode().add(first);
        batch.set("applications", one);
        Path file = folder.resolve("intake-" + SERIAL.get() + ".json");
        mapper.writeValue(file.toFile(), batch);
        return file;
    }

    private static Path sample(String name) {
        try {
            return Path.of(RolesTableTest.class.getResource("/org/licensedesk/screening/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FactorAssessment> allFactors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        return factors;
    }

    private static ApprovalTerms terms() {
        return new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of("Report each shipment within 30 days."));
    }

    private static List<DenialReason> reasons() {
        return List.of(new DenialReason(ReviewFactor.END_USER_AND_END_USE, "The end user supplies a listed entity."));
    }
}
