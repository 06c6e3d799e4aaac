package org.licensedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.flags.FlagGate;
import org.licensedesk.flags.FlagService;
import org.licensedesk.store.WorkflowSettingRepository;
import org.licensedesk.workflow.CountersignThresholds;
import org.licensedesk.appeal.AppealService;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.cli.Backend;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.demo.DemoSeeder;
import org.licensedesk.history.HistoryService;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.calendar.CalendarService;
import org.licensedesk.store.CalendarRepository;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.letter.LetterService;
import org.licensedesk.licence.AmendmentService;
import org.licensedesk.licence.LicenceService;
import org.licensedesk.partyhistory.PartyHistoryService;
import org.licensedesk.queue.QueueService;
import org.licensedesk.roles.Officials;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.DashboardRepository;
import org.licensedesk.store.Credentials;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.store.Database;
import org.licensedesk.store.RawLimits;
import org.licensedesk.store.FlagRepository;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.HistoryFactIndex;
import org.licensedesk.store.NoteWordIndex;
import org.licensedesk.store.PartyHistoryRepository;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.store.TeamRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.storecopy.StoreCopier;
import org.licensedesk.team.TeamService;
import org.licensedesk.workflow.WorkflowService;

/** The composition root: one open database and the services built on it, wired by hand. */
public final class Services implements Backend {
    /** The days a denied applicant has to apply for reconsideration, as denial letters state it (default 60). */
    public static final String APPEAL_DAYS_PROPERTY = "licensedesk.appealDays";

    private final Database database;
    private final QueueService queue;
    private final DemoSeeder demo;
    private final AccountService accounts;
    private final WorkflowService workflow;
    private final AuditTrail auditTrail;
    private final AuditExporter auditExporter;
    private final AuditCheckpoints auditCheckpoints;
    private final IntakeService intake;
    private final ScreeningService screening;
    private final DashboardService dashboards;
    private final TeamService team;
    private final PartyHistoryService partyHistory;
    private final ScreeningDispositions dispositions;
    private final HistoryService history;
    private final Officials officials;
    private final CalendarService calendars;
    private final LicenceService licences;
    private final LetterService letters;
    private final AppealService appeals;
    private final AmendmentService amendments;
    private final StoreCopier storeCopier;
    private final FlagService flags;
    private final CountersignThresholds countersignThresholds;

    private Services(Database database, Clock clock) {
        this.database = database;
        ControlListRepository controlListRepository = new ControlListRepository(database);
        ControlList controlList = ControlListFile.bundled();
        controlListRepository.save(controlList);
        ApplicationRepository applications = new ApplicationRepository(database);
        UserRepository users = new UserRepository(database);
        AuditRepository auditEntries = new AuditRepository(database);
        this.auditTrail = new AuditTrail(database, auditEntries, clock);
        this.officials = new Officials(database, users, new TrailAgreement(database, auditEntries, auditTrail));
        this.calendars = new CalendarService(database, new CalendarRepository(), auditTrail,
                WorkingDayCalendar.official(), clock);
        // Every workstation counts with the years supervisors imported into this database (Art. 17: working days).
        WorkingDayCalendar calendar = calendars.current();
        HistoryRepository historyEntries = new HistoryRepository(database, clock.getZone());
        this.auditExporter = new AuditExporter(database, auditEntries, historyEntries, auditTrail, officials);
        this.auditCheckpoints = new AuditCheckpoints(database, auditEntries, auditTrail, clock);
        this.history = new HistoryService(historyEntries, new NoteWordIndex(database),
                new HistoryFactIndex(database), officials);
        this.accounts = new AccountService(database, users, auditTrail, new PasswordHasher(), clock);
        this.workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, auditEntries,
                auditTrail, calendar, clock);
        this.queue = new QueueService(applications, calendar, clock);
        this.demo = new DemoSeeder(database, applications, users, controlList, clock, workflow, auditTrail,
                new PasswordHasher(), calendar);
        ScreeningRepository screeningRepository = new ScreeningRepository(database);
        this.screening = new ScreeningService(database, screeningRepository, auditTrail, officials);
        this.dispositions = new ScreeningDispositions(database, screeningRepository,
                new WorkflowStateRepository(database), users, auditTrail);
        this.countersignThresholds = new CountersignThresholds(database, new WorkflowSettingRepository(), auditTrail,
                officials);
        FlagGate flagGate = new FlagGate(new FlagRepository(), auditTrail);
        this.flags = new FlagService(database, new FlagRepository(), flagGate, auditTrail, officials,
                new WorkflowStateRepository(database));
        this.intake = new IntakeService(database, applications, controlListRepository, new IntakeRepository(),
                auditTrail, officials, transaction -> screening.importScreener(transaction)::screen, flagGate);
        this.dashboards = new DashboardService(new DashboardRepository(database), calendar, clock);
        this.team = new TeamService(database, new TeamRepository(database), users, workflow, calendar, clock);
        this.partyHistory = new PartyHistoryService(new PartyHistoryRepository(database), clock);
        this.licences = new LicenceService(database, new LicenceRepository(), users, auditEntries, auditTrail, clock);
        int appealDays = Integer.getInteger(APPEAL_DAYS_PROPERTY, AppealService.DEFAULT_PERIOD_DAYS);
        this.letters = new LetterService(database, applications, auditEntries, auditTrail, users, licences, clock,
                appealDays);
        this.amendments = new AmendmentService(database, new LicenceRepository(), applications, users, auditTrail,
                calendar, clock);
        this.appeals = new AppealService(database, workflow, new WorkflowStateRepository(database), users,
                auditEntries, auditTrail, clock, appealDays);
        this.storeCopier = new StoreCopier(database, auditTrail, officials);
        partyHistory.fillMissingEndUserKeys();
    }

    /** Opens the database named by a {@code --db} option (null for the default place) and wires the services. */
    public static Services open(String databaseOption, BackendOpener.Mode mode, Clock clock) {
        return open(databaseOption, mode, clock, Credentials.Source.ENVIRONMENT_ONLY);
    }

    /**
     * Opens the store a {@code --db} option names (null: {@code LICENSEDESK_DB}, else the default file). A server's
     * credentials come from {@code LICENSEDESK_DB_USER}/{@code LICENSEDESK_DB_PASSWORD}, else from {@code ask}. A
     * server is never filled with demo data: it is a bureau's real store.
     */
    public static Services open(String databaseOption, BackendOpener.Mode mode, Clock clock, Credentials.Source ask) {
        StoreAddress address = DataLocation.address(databaseOption);
        Credentials credentials = null;
        if (address instanceof StoreAddress.Server server) {
            credentials = Credentials.fromEnvironment(System.getenv());
            if (credentials == null) {
                credentials = ask.ask(server);
            }
        }
        Database database = Database.open(address, credentials, mode == BackendOpener.Mode.EXISTING);
        try {
            Services services = new Services(database, clock);
            if (mode == BackendOpener.Mode.CREATE_WITH_DEMO && !database.onServer() && services.demo.seedIfEmpty()) {
                services.loadScreeningSamples();
            }
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The demo database comes with the bundled list samples, loaded (and audited) by a demo supervisor. */
    private void loadScreeningSamples() {
        accounts.users().stream()
                .filter(user -> user.active() && user.role() == UserRole.SUPERVISOR)
                .findFirst()
                .ifPresent(screening::loadBundledSamplesIfEmpty);
    }

    @Override
    public Path databaseLocation() {
        return database.location();
    }

    @Override
    public String storeDescription() {
        return database.describe();
    }

    @Override
    public QueueService queue() {
        return queue;
    }

    @Override
    public DemoSeeder demo() {
        return demo;
    }

    @Override
    public AccountService accounts() {
        return accounts;
    }

    @Override
    public WorkflowService workflow() {
        return workflow;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public AuditExporter auditExporter() {
        return auditExporter;
    }

    @Override
    public AuditCheckpoints auditCheckpoints() {
        return auditCheckpoints;
    }

    @Override
    public RawLimits rawLimits() {
        return new RawLimits(database);
    }

    @Override
    public HistoryService history() {
        return history;
    }

    @Override
    public IntakeService intake() {
        return intake;
    }

    @Override
    public ScreeningService screening() {
        return screening;
    }

    public ScreeningDispositions dispositions() {
        return dispositions;
    }

    @Override
    public DashboardService dashboards() {
        return dashboards;
    }

    public TeamService team() {
        return team;
    }

    @Override
    public LicenceService licences() {
        return licences;
    }

    @Override
    public LetterService letters() {
        return letters;
    }

    @Override
    public AppealService appeals() {
        return appeals;
    }

    @Override
    public AmendmentService amendments() {
        return amendments;
    }

    @Override
    public FlagService flags() {
        return flags;
    }

    @Override
    public CountersignThresholds countersignThresholds() {
        return countersignThresholds;
    }

    @Override
    public StoreCopier storeCopier() {
        return storeCopier;
    }

    @Override
    public PartyHistoryService partyHistory() {
        return partyHistory;
    }

    /** The acting official as stored now, for services built outside (the window's integrity watch). */
    public Officials officials() {
        return officials;
    }

    @Override
    public CalendarService calendars() {
        return calendars;
    }

    @Override
    public boolean closeAndCompact() {
        return database.closeAndCompact();
    }

    @Override
    public void close() {
        database.close();
    }
}
