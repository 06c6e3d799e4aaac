package org.licensedesk.ui.main;

import org.licensedesk.audit.SigningKeys;
import org.licensedesk.audit.WorkstationHeads;
import org.licensedesk.ui.audit.WorkstationHeadViewModel;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.Window;
import org.licensedesk.audit.IntegrityWatch;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.drafts.AssessmentDrafts;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.audit.AuditBackend;
import org.licensedesk.ui.audit.AuditToolsViewModel;
import org.licensedesk.ui.audit.FxAuditDialogs;
import org.licensedesk.ui.audit.IntegrityViewModel;
import org.licensedesk.ui.dashboard.DashboardSource;
import org.licensedesk.ui.dashboard.DashboardViewModel;
import org.licensedesk.ui.dashboard.FxDashboardDialogs;
import org.licensedesk.ui.details.DetailsViewModel;
import org.licensedesk.ui.details.HistoryViewModel;
import org.licensedesk.ui.details.LicenceSource;
import org.licensedesk.ui.details.LicenceViewModel;
import org.licensedesk.ui.details.RelatedViewModel;
import org.licensedesk.ui.history.DecisionHistoryWindow;
import org.licensedesk.ui.history.HistoryBackend;
import org.licensedesk.ui.intake.IntakeViewModel;
import org.licensedesk.ui.licence.FxLicenceDialogs;
import org.licensedesk.ui.licence.LicenceActionsBackend;
import org.licensedesk.ui.licence.LicenceActionsViewModel;
import org.licensedesk.ui.licence.LicenceDialogs;
import org.licensedesk.ui.licence.LicencesBackend;
import org.licensedesk.ui.licence.LicencesViewModel;
import org.licensedesk.ui.queue.InboxSource;
import org.licensedesk.ui.queue.QueueViewModel;
import org.licensedesk.ui.screening.FxDispositionDialogs;
import org.licensedesk.ui.screening.FxScreeningToolDialogs;
import org.licensedesk.ui.screening.ScreeningBackend;
import org.licensedesk.ui.calendar.CalendarViewModel;
import org.licensedesk.ui.flags.ApplicationFlagsBackend;
import org.licensedesk.ui.flags.ApplicationFlagsViewModel;
import org.licensedesk.ui.flags.FlagRulesViewModel;
import org.licensedesk.ui.flags.FxFlagClearDialogs;
import org.licensedesk.ui.screening.ScreeningToolsBackend;
import org.licensedesk.ui.screening.ScreeningToolsViewModel;
import org.licensedesk.ui.workflow.CountersignThresholdViewModel;
import org.licensedesk.ui.workflow.FxCountersignThresholdQuestion;
import org.licensedesk.ui.screening.ScreeningViewModel;
import org.licensedesk.ui.task.TaskExecutor;
import org.licensedesk.ui.team.FxTeamDialogs;
import org.licensedesk.ui.team.TeamBackend;
import org.licensedesk.ui.team.TeamViewModel;
import org.licensedesk.ui.users.FxUserDialogs;
import org.licensedesk.ui.users.UserAdministration;
import org.licensedesk.ui.users.UsersViewModel;
import org.licensedesk.ui.workflow.ActionsViewModel;
import org.licensedesk.ui.workflow.FxActionDialogs;
import org.licensedesk.ui.workflow.WorkflowBackend;
/**
 * Wires the main window of a signed-in user: a view model for each part, on the open services, with the dialogs,
 * windows and callbacks that connect them. Supervisors get the team, integrity, dashboards and decision history.
 */
final class MainWindowWiring {
    /** An inbox longer than this is read page by page (README "The window's queue on pages"); tests lower it. */
    static final String PAGED_ABOVE_PROPERTY = "licensedesk.queue.pagedAbove";
    /** Rows a page of a paged inbox. */
    static final String PAGE_SIZE_PROPERTY = "licensedesk.queue.pageSize";

    private MainWindowWiring() {
    }

    static MainWindow build(DeskServices services, User user, TaskExecutor executor, DialogService dialogs,
            ResourceBundle bundle, DeskEnvironment environment, boolean readQueueAtOnce) {
        Messages messages = new Messages(bundle);
        DisplayFormats formats = new DisplayFormats(Locale.getDefault(Locale.Category.FORMAT),
                services.clock().getZone());
        WindowOwner owner = new WindowOwner();
        // The quick filter finds an assignee by display name too (Chinese or Latin), as the accounts name them.
        java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        QueueViewModel queue = new QueueViewModel(InboxSource.of(services.queue(), user.username(), username -> {
            if (names.isEmpty()) {
                services.accounts().users().forEach(account -> names.put(account.username(), account.displayName()));
            }
            return names.getOrDefault(username, "");
        }),
                services.partyHistory()::applicantDeniedRecently, services.screening()::flaggedReferences, executor,
                dialogs, messages, Long.getLong(PAGED_ABOVE_PROPERTY, QueueViewModel.DEFAULT_PAGED_ABOVE),
                Integer.getInteger(PAGE_SIZE_PROPERTY, org.licensedesk.ui.queue.PagedRows.PAGE_SIZE));
        if (readQueueAtOnce) {
            // The first page is read while the rest of the window is built (a third of a second of the FX thread
            // before the page was asked for; the paint then waited for the rows).
            queue.reload();
        }
        DetailsViewModel details = new DetailsViewModel(services.queue()::details, executor, dialogs, messages);
        HistoryViewModel history = new HistoryViewModel(services.auditTrail()::forApplication, executor, dialogs,
                messages);
        MainViewModel[] main = new MainViewModel[1];
        RelatedViewModel related = new RelatedViewModel(services.partyHistory()::related, executor, dialogs, messages,
                reference -> main[0].open(reference));
        LicenceActionsBackend licenceActions = LicenceActionsBackend.of(services.licences(), services.amendments(),
                services.appeals());
        LicenceDialogs licenceForms = new FxLicenceDialogs(() -> javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isFocused).findFirst().orElse(owner.get()), messages);
        LicenceViewModel licence = new LicenceViewModel(LicenceSource.of(services.licences(), services.letters()),
                user, executor, dialogs, messages, suggested -> dialogs.chooseSaveFile(
                        messages.get("licence.letter.chooser"), suggested, messages.get("licence.letter.pdfFiles"),
                        "*.pdf"), new LicenceActionsViewModel(licenceActions, user, executor, dialogs, licenceForms,
                        messages, () -> main[0].afterChange()));
        LicencesViewModel[] licencesHolder = new LicencesViewModel[1];
        LicencesViewModel licences = new LicencesViewModel(LicencesBackend.of(services.licences()), user, executor,
                dialogs, messages, reference -> main[0].open(reference), new LicenceActionsViewModel(licenceActions,
                user, executor, dialogs, licenceForms, messages, () -> {
                    licencesHolder[0].reload();
                    main[0].afterChange();
                }));
        licencesHolder[0] = licences;
        // Each official's assessment drafts stay on this workstation, beside the database they belong to.
        ActionsViewModel actions = new ActionsViewModel(WorkflowBackend.of(services.workflow(), services.accounts(),
                AssessmentDrafts.beside(services.databaseLocation(), user.username())), user, executor, dialogs,
                messages, new FxActionDialogs(owner, messages), () -> main[0].afterChange(), services.clock());
        // A supervisor's checkpoint key stays in this workstation's data folder, never in the database.
        AuditToolsViewModel audit = new AuditToolsViewModel(AuditBackend.of(services.auditTrail(),
                services.auditExporter(), services.accounts(), environment.dataFolder() == null ? null
                        : SigningKeys.in(environment.dataFolder())), user, executor, dialogs, messages,
                new FxAuditDialogs(owner, messages), services.clock());
        UsersViewModel users = user.role() == UserRole.SUPERVISOR
                ? new UsersViewModel(UserAdministration.of(services.accounts()), user, executor, dialogs, messages,
                        new FxUserDialogs(owner, messages))
                : null;
        FxAuditDialogs progressDialogs = new FxAuditDialogs(owner, messages);
        IntakeViewModel intake = new IntakeViewModel(services.intake()::importFile, user, executor, dialogs, messages,
                progressDialogs::showProgress, queue::reload);
        boolean supervisor = user.role() == UserRole.SUPERVISOR;
        // Its Reassign dialog belongs to the Team window, which is built when first shown.
        WindowOwner teamOwner = new WindowOwner();
        TeamViewModel team = supervisor ? new TeamViewModel(TeamBackend.of(services.team()), user, executor, dialogs,
                messages, new FxTeamDialogs(teamOwner, messages), reference -> main[0].open(reference)) : null;
        IntegrityViewModel integrity = supervisor ? new IntegrityViewModel(
                new IntegrityWatch(services.auditTrail(), services.officials(), user)::verify, executor, messages) : null;
        // The dashboards' click-through opens the window's decision history, built after them.
        MainWindow[] built = new MainWindow[1];
        Consumer<HistoryFilter> openHistory = filter -> built[0].showDecisionHistory(filter);
        DashboardViewModel dashboards = supervisor
                ? new DashboardViewModel(DashboardSource.of(services.dashboards(), services.queue()), executor,
                        dialogs, FxDashboardDialogs.overFocusedWindow(messages), messages, openHistory,
                        list -> built[0].showApplications(list))
                : null;
        ScreeningViewModel screening = new ScreeningViewModel(ScreeningBackend.of(services.screening(),
                services.dispositions()), user, executor, dialogs, messages, new FxDispositionDialogs(owner, messages),
                () -> main[0].afterChange());
        ScreeningToolsViewModel screeningTools = new ScreeningToolsViewModel(
                ScreeningToolsBackend.of(services.screening()), user, executor, dialogs, messages,
                new FxScreeningToolDialogs(owner, messages), () -> main[0].refresh());
        CalendarViewModel calendar = new CalendarViewModel(CalendarViewModel.Backend.of(services.calendars()), user,
                executor, dialogs, messages, services.clock().getZone());
        main[0] = new MainViewModel(services.databaseLocation(), services.storeDescription(), user,
                new MainViewModel.Parts(queue, details, history, related, licence, licences, actions, audit, users,
                        intake, screening, screeningTools, team, integrity, dashboards, calendar,
                        new FlagRulesViewModel(FlagRulesViewModel.Backend.of(services.flags()), user, executor,
                                dialogs, messages, () -> main[0].refresh()),
                        new ApplicationFlagsViewModel(ApplicationFlagsBackend.of(services.flags()), user, executor,
                                dialogs, messages, new FxFlagClearDialogs(owner, messages),
                                () -> main[0].afterChange()),
                        new CountersignThresholdViewModel(CountersignThresholdViewModel.Backend.of(
                                services.countersignThresholds()), user, executor, dialogs, messages,
                                new FxCountersignThresholdQuestion(owner, messages))),
                executor.activity(), dialogs, messages);
        Function<Window, DecisionHistoryWindow> decisionHistory = supervisor
                ? window -> DecisionHistoryWindow.create(HistoryBackend.of(services.history(),
                        services.auditExporter(), services.accounts(), user), executor, dialogs, messages, formats,
                        main[0]::open, window)
                : null;
        // The head of the chain this workstation saw last, kept in the user's data folder, per database.
        WorkstationHeadViewModel workstationHead = environment.dataFolder() == null ? null
                : new WorkstationHeadViewModel(() -> services.auditTrail()
                        .workstationHeads(WorkstationHeads.in(environment.dataFolder()))
                        .checkOnSignIn(services.databaseLocation(), user), executor, messages);
        built[0] = new MainWindow(main[0], messages, formats, owner, teamOwner, decisionHistory, environment,
                workstationHead);
        return built[0];
    }
}
