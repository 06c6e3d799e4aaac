package org.licensedesk.ui.main;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.licensedesk.queue.Inbox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.User;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FxWhen;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.calendar.CalendarDialog;
import org.licensedesk.ui.flags.FlagRulesDialog;
import org.licensedesk.ui.audit.FxAuditDialogs;
import org.licensedesk.ui.audit.IntegrityIndicator;
import org.licensedesk.ui.audit.WorkstationHeadViewModel;
import org.licensedesk.ui.dashboard.ApplicationList;
import org.licensedesk.ui.dashboard.ApplicationListWindow;
import org.licensedesk.ui.dashboard.DashboardWindow;
import org.licensedesk.ui.licence.LicencesWindow;
import org.licensedesk.ui.details.DetailsView;
import org.licensedesk.ui.history.DecisionHistoryWindow;
import org.licensedesk.ui.queue.QueueView;
import org.licensedesk.ui.task.TaskExecutor;
import org.licensedesk.ui.team.TeamWindow;
import org.licensedesk.ui.users.UsersDialog;
import org.licensedesk.ui.palette.CommandPalette;
import org.licensedesk.ui.palette.MenuCommands;
import org.licensedesk.ui.palette.PaletteViewModel;
import org.licensedesk.ui.workflow.ActionIds;
import org.licensedesk.ui.workflow.ActionKeys;
import org.licensedesk.ui.workflow.ActionsBar;
import org.licensedesk.ui.workflow.AssessmentPane;

/**
 * The main window of the signed-in user: menu bar, the queue beside the selected application's details (with its
 * actions and history), and the status bar with who is signed in.
 */
public final class MainWindow {
    // The size a first window opens at, when the screen has room: the details need ~760 px for all their tabs.
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 880;
    // Long enough that holding an arrow key does not load every row it passes, short enough not to be seen.
    private static final Duration DETAILS_DELAY = Duration.millis(100);
    // While the assessment is docked the queue steps back: the details and the pane need the width.
    private static final double QUEUE_SHARE_WHILE_ASSESSING = 0.24;
    static final KeyCombination PALETTE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SIGN_OUT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final MainViewModel viewModel;
    private final Messages messages;
    private final DomainText text;
    private final QueueView queueView;
    private final DetailsView detailsView;
    private final DisplayFormats formats;
    private final BorderPane root;
    private final MenuBar menuBar;
    private Menu actionsMenu;
    private MenuItem paletteItem;
    private final WindowOwner teamOwner;
    private Runnable onSignOut = () -> { };
    private Consumer<Language> onLanguageChosen = language -> { };
    private final DeskEnvironment environment;
    // Null when the desk has no data folder to remember the chain's head in (tests that do not ask for one).
    private final WorkstationHeadViewModel workstationHead;
    private TeamWindow teamWindow;
    private DashboardWindow dashboardWindow;
    private LicencesWindow licencesWindow;
    // Supervisors only (null for reviewers); built on first use, then shown again rather than built anew.
    private final Function<Window, DecisionHistoryWindow> decisionHistory;
    private DecisionHistoryWindow decisionHistoryWindow;
    private final List<ApplicationListWindow> applicationLists = new ArrayList<>();

    MainWindow(MainViewModel viewModel, Messages messages, DisplayFormats formats, WindowOwner owner,
            WindowOwner teamOwner, Function<Window, DecisionHistoryWindow> decisionHistory,
            DeskEnvironment environment, WorkstationHeadViewModel workstationHead) {
        this.viewModel = viewModel;
        this.workstationHead = workstationHead;
        this.environment = environment;
        this.decisionHistory = decisionHistory;
        this.messages = messages;
        this.text = new DomainText(messages);
        this.formats = formats;
        this.teamOwner = teamOwner;
        this.queueView = new QueueView(viewModel.queue(), messages, text, formats);
        queueView.keepLayoutIn(environment.preferences().forUser(viewModel.user().username()));
        ActionsBar actions = new ActionsBar(viewModel.actions(), messages, text);
        this.detailsView = new DetailsView(viewModel.details(), viewModel.history(), viewModel.related(),
                viewModel.licence(), viewModel.screening(), viewModel.flags(),
                viewModel.actions().stateProperty(), actions.node(), messages, text, formats);

        SplitPane split = new SplitPane(queueView.root(), detailsView.root());
        split.setOrientation(Orientation.HORIZONTAL);
        // The details carry the actions and the history: they get the larger half until the queue's columns are known.
        split.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(detailsView.root(), false);
        QueueFit.keep(split, queueView, () -> viewModel.actions().assessmentProperty().get() != null);
        menuBar = menuBar();
        root = new BorderPane(workstationHead == null ? split : withHeadWarning(split), menuBar, null, statusBar(),
                null);
        owner.attach(root);
        followSelection();
        dockAssessment(split);
    }

    /**
     * Builds the main window of a signed-in user on open services. Tests call this with a temporary database.
     */
    public static MainWindow create(DeskServices services, User user, TaskExecutor executor, DialogService dialogs,
            ResourceBundle bundle) {
        return create(services, user, executor, dialogs, bundle, DeskEnvironment.transientDesk(Locale.getDefault()));
    }

    /** As above, on a workstation whose data folder, log and version Help → About shows. */
    public static MainWindow create(DeskServices services, User user, TaskExecutor executor, DialogService dialogs,
            ResourceBundle bundle, DeskEnvironment environment) {
        return MainWindowWiring.build(services, user, executor, dialogs, bundle, environment, false);
    }

    /**
     * As {@link #create(DeskServices, User, TaskExecutor, DialogService, ResourceBundle, DeskEnvironment)}, and the
     * queue's first page is asked for before the window's parts are built, for a window that {@link #prepare} makes
     * ready at once (the sign-in's, while the password is checked; issue 11, launch to painted queue).
     */
    public static MainWindow createReadingQueue(DeskServices services, User user, TaskExecutor executor,
            DialogService dialogs, ResourceBundle bundle, DeskEnvironment environment) {
        return MainWindowWiring.build(services, user, executor, dialogs, bundle, environment, true);
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** What File → Sign out does after this window is gone; the session shows the sign-in window. */
    public void setOnSignOut(Runnable onSignOut) {
        this.onSignOut = onSignOut;
    }

    /** What View → Language does with the chosen language; the session builds the window again in it. */
    public void setOnLanguageChosen(Consumer<Language> onLanguageChosen) {
        this.onLanguageChosen = onLanguageChosen;
    }

    /** Closes the windows this one opened (Team, Dashboards, Decision history), when it goes or is rebuilt. */
    public void closeOwnedWindows() {
        if (teamWindow != null) {
            teamWindow.stage().close();
        }
        if (dashboardWindow != null) {
            dashboardWindow.stage().close();
        }
        if (decisionHistoryWindow != null) {
            decisionHistoryWindow.stage().close();
        }
        if (licencesWindow != null) {
            licencesWindow.stage().close();
        }
        applicationLists.forEach(list -> list.stage().close());
    }

    /** The applications a dashboard figure counts, in a window over the dashboards; each opens here. */
    public void showApplications(ApplicationList list) {
        Window owner = dashboardWindow != null && dashboardWindow.stage().isShowing() ? dashboardWindow.stage()
                : root.getScene().getWindow();
        ApplicationListWindow window = new ApplicationListWindow(list, messages, text, owner, viewModel::open);
        window.stage().setOnHidden(event -> applicationLists.remove(window));
        applicationLists.add(window);
        window.show();
    }

    /**
     * Puts the window on the stage, shows it and starts loading the queue. A stage that already shows a window (the
     * same user's, before a language switch) keeps its size.
     */
    public void show(Stage stage) {
        boolean shown = stage.isShowing() && stage.getScene() != null;
        if (shown && root.getScene() == null) {
            prepare(stage.getScene().getWidth(), stage.getScene().getHeight());
        } else {
            prepare();
        }
        Scene scene = root.getScene();
        stage.setScene(scene);
        stage.setTitle(viewModel.windowTitle());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        if (!shown) {
            // The stage may have held the previous user's window at their size: each user starts from the default.
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        stage.show();
        if (viewModel.integrity() != null) {
            // The chain check reads every entry (seconds at 100,000 applications) and, on a 2-core desk, took the CPU
            // the queue's first page needed: it starts once that page is in and painted (issue 11, launch to painted
            // queue; at 20,000 it still took a core during that paint). It feeds the supervisor's indicator only: no
            // action waited for it before this change either. It also waits for the inboxes' counts, read after the
            // rows (seconds at 1,000,000): of the two background threads one stays free for what the official opens.
            whenQueueLoaded(() -> afterNextPulse(scene,
                    () -> whenInboxesCounted(() -> viewModel.integrity().verify())));
        }
        // The details' other tabs join the window after the pulse that paints the queue's first page (issue 11). So
        // does the keyboard, into the queue: a reviewer's day starts there, Up and Down move through the applications
        // (JavaFX gives the focus to an inbox button, where the arrow keys change the inbox); after the paint,
        // because the focused table's rows are styled anew.
        whenQueueLoaded(() -> afterNextPulse(scene, () -> {
            detailsView.attachAllTabs();
            queueView.focusQueue();
        }));
        if (workstationHead != null) {
            workstationHead.check();
        }
    }

    /**
     * Makes the window ready to show: its scene at the size a first window opens at, its styles and layout worked out,
     * and the queue's first page and count being read. The session does it while the password is checked (issue 11,
     * launch to painted queue): the FX thread's largest piece of work, the first CSS pass over the whole window, and
     * the first page's read then run beside the hash instead of after it. Nothing is shown here; the inboxes' other
     * counts wait for the first paint. Done once; {@link #show} does it when nobody did.
     */
    public void prepare() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // The queue's columns and the details need 1,440 px side by side (QueueFit): a narrower screen's whole width,
        // not 95% of it, which at 1440×900 left the applicant column behind the queue's scroll bar.
        prepare(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight() * 0.95));
    }

    private void prepare(double width, double height) {
        if (root.getScene() != null) {
            return;
        }
        Scene scene = new Scene(root, width, height);
        Theme.applyTo(scene);
        // The counts after a load start once its rows are painted: on a 2-core desk they took the second core
        // during that paint.
        viewModel.queue().setCountStart(start -> afterNextPulse(scene, start));
        if (!viewModel.queue().loadingProperty().get()) {
            // Not begun by createReadingQueue. A load begun there ends on a later FX turn, so it meets this
            // countStart too.
            viewModel.queue().reload();
        }
        root.applyCss();
        root.resize(width, height);
        root.layout();
    }

    /** Runs the work after the scene's next pulse (layout and paint) is done. */
    private static void afterNextPulse(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Runs the work once the inboxes' counts are in (or failed): now, or when the current count ends. */
    private void whenInboxesCounted(Runnable work) {
        FxWhen.whenFalse(viewModel.queue().countingProperty(), work);
    }

    /** Runs the work once the queue is no longer loading: now, or when its current load ends (in success or not). */
    private void whenQueueLoaded(Runnable work) {
        FxWhen.whenFalse(viewModel.queue().loadingProperty(), work);
    }

    /** The red line above the queue when the chain does not extend the head this workstation saw last. */
    private Node withHeadWarning(SplitPane split) {
        Label warning = new Label(null, new FontIcon("mdi2s-shield-alert"));
        warning.setId("workstationHeadWarning");
        warning.getStyleClass().add(UiStyles.WORKSTATION_HEAD_WARNING);
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(workstationHead.warning());
        warning.visibleProperty().bind(workstationHead.warning().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        VBox.setVgrow(split, Priority.ALWAYS);
        return new VBox(warning, split);
    }

    private void followSelection() {
        PauseTransition pause = new PauseTransition(DETAILS_DELAY);
        pause.setOnFinished(event -> viewModel.details().show(viewModel.queue().selectedReference()));
        viewModel.queue().selectedReferenceProperty().addListener((observable, before, after) -> {
            if (after == null) {
                pause.stop();
                viewModel.details().show(null);
            } else {
                // At once: the pane must never show another application than the selected row, even for a moment.
                viewModel.details().expect(after);
                pause.playFromStart();
            }
        });
    }

    /**
     * Assessing docks its pane beside the details (the queue narrows meanwhile); closing it gives the width back.
     */
    private void dockAssessment(SplitPane split) {
        double[] queueShare = {split.getDividerPositions()[0]};
        viewModel.actions().assessmentProperty().addListener((observable, before, assessment) -> {
            if (assessment == null) {
                detailsView.undock();
                split.setDividerPositions(queueShare[0]);
                return;
            }
            if (before == null) {
                queueShare[0] = split.getDividerPositions()[0];
            }
            split.setDividerPositions(Math.min(queueShare[0], QUEUE_SHARE_WHILE_ASSESSING));
            root.applyCss();
            root.layout();
            AssessmentPane pane = new AssessmentPane(assessment, messages, text);
            detailsView.dock(pane.node());
            // After the pulse that lays the pane out: a node the split pane has not shown yet takes no focus.
            Platform.runLater(pane::focusFirstField);
        });
    }

    /** Ctrl+K: every command of the menus the user may run now, by name, filtered as they type. */
    public CommandPalette showPalette() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        CommandPalette palette = new CommandPalette(new PaletteViewModel(MenuCommands.of(menuBar, actionsMenu,
                paletteItem)), messages, window);
        palette.show();
        return palette;
    }

    private MenuBar menuBar() {
        actionsMenu = actionsMenu();
        return new MenuBar(fileMenu(), viewMenu(), actionsMenu, toolsMenu(), helpMenu());
    }

    private Menu fileMenu() {
        MenuItem export = item("menu.file.exportAudit", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        export.setGraphic(new FontIcon("mdi2e-export"));
        export.setOnAction(event -> viewModel.exportAudit());
        // Only supervisors export the audit trail: reviewers do not see the command at all.
        export.setVisible(viewModel.isSupervisor());
        export.setDisable(!viewModel.isSupervisor());
        SeparatorMenuItem exportSeparator = new SeparatorMenuItem();
        exportSeparator.setVisible(viewModel.isSupervisor());
        MenuItem importFile = item("menu.file.importApplications", new KeyCodeCombination(KeyCode.I,
                KeyCombination.SHORTCUT_DOWN));
        importFile.setGraphic(new FontIcon("mdi2f-file-import"));
        importFile.setOnAction(event -> viewModel.intake().chooseAndImport());
        MenuItem signOut = item("menu.file.signOut", SIGN_OUT);
        signOut.setGraphic(new FontIcon("mdi2l-logout"));
        signOut.setOnAction(event -> onSignOut.run());
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> root.getScene().getWindow().hide());
        // Only supervisors replace the restricted-party lists, as only they export the audit trail.
        MenuItem importList = item("screening.menu.importList", new KeyCodeCombination(KeyCode.L,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        importList.setGraphic(new FontIcon("mdi2s-shield-refresh"));
        importList.setOnAction(event -> viewModel.screeningTools().importList());
        importList.setVisible(viewModel.isSupervisor());
        importList.setDisable(!viewModel.isSupervisor());
        return menu("menu.file", importFile, importList, new SeparatorMenuItem(), export, exportSeparator, signOut,
                quit);
    }

    private Menu viewMenu() {
        MenuItem find = item("menu.view.filter", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setGraphic(new FontIcon("mdi2m-magnify"));
        find.setOnAction(event -> queueView.focusFilter());
        MenuItem refresh = item("menu.view.refresh", new KeyCodeCombination(KeyCode.F5));
        refresh.setGraphic(new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(event -> viewModel.refresh());
        MenuItem history = item("menu.view.history", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        history.setGraphic(new FontIcon("mdi2h-history"));
        history.setOnAction(event -> detailsView.showHistory());
        MenuItem dashboards = item("dashboard.menu", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        dashboards.setGraphic(new FontIcon("mdi2c-chart-bar"));
        // Supervisors only: reviewers do not see the command, and the accelerator does nothing for them.
        dashboards.setVisible(viewModel.isSupervisor());
        dashboards.setDisable(!viewModel.isSupervisor());
        dashboards.setOnAction(event -> showDashboards());
        CheckMenuItem denied = new CheckMenuItem(messages.get("queue.deniedFilter.menu"),
                new FontIcon("mdi2a-account-cancel"));
        denied.setId("queue-deniedFilter-menu");
        denied.setAccelerator(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        denied.selectedProperty().bindBidirectional(viewModel.queue().applicantDeniedOnlyProperty());
        // flags (issue 13): all applications, flagged, blocking, round; the toolbar's choice shows where it is.
        MenuItem flags = item("queue.flagFilter.menu", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        flags.setId("queue-flagFilter-menu");
        flags.setGraphic(new FontIcon("mdi2f-flag-variant-outline"));
        flags.setOnAction(event -> viewModel.queue().nextFlagFilter());
        MenuItem screening = item("screening.menu.showTab", new KeyCodeCombination(KeyCode.S,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        screening.setGraphic(new FontIcon("mdi2s-shield-search"));
        screening.setOnAction(event -> detailsView.showScreening());
        MenuItem decisions = item("historyView.menu", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        decisions.setGraphic(new FontIcon("mdi2t-timeline-text"));
        decisions.setOnAction(event -> showDecisionHistory(null));
        // Only supervisors read the decision history: reviewers do not see the command at all.
        decisions.setVisible(decisionHistory != null);
        decisions.setDisable(decisionHistory == null);
        MenuItem team = item("team.menu", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        team.setGraphic(new FontIcon("mdi2a-account-group"));
        team.setOnAction(event -> showTeam());
        team.setVisible(viewModel.isSupervisor());
        team.setDisable(!viewModel.isSupervisor());
        MenuItem licences = item("licences.menu", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        licences.setGraphic(new FontIcon("mdi2c-card-account-details-outline"));
        licences.setOnAction(event -> showLicences());
        Menu view = menu("menu.view", find, refresh, denied, flags, history, screening, decisions, team, dashboards, licences,
                new SeparatorMenuItem(), LanguageMenu.create(messages, chosen -> onLanguageChosen.accept(chosen)));
        view.getItems().add(0, new SeparatorMenuItem());
        view.getItems().addAll(0, inboxItems());
        return view;
    }

    /** Ctrl+1 to Ctrl+5: the inboxes, also in the command palette. */
    private List<MenuItem> inboxItems() {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        List<MenuItem> items = new ArrayList<>();
        for (Inbox inbox : Inbox.values()) {
            MenuItem item = new MenuItem(messages.format("queue.inbox.menu", QueueView.inboxName(messages, inbox)),
                    new FontIcon("mdi2i-inbox"));
            item.setId("inbox-" + inbox.name() + "-menu");
            item.setMnemonicParsing(false);
            item.setAccelerator(new KeyCodeCombination(digits[inbox.ordinal()], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(event -> viewModel.queue().showInbox(inbox));
            items.add(item);
        }
        return items;
    }

    /** One Team window per main window: opened on first use, brought to the front after. */
    private void showTeam() {
        if (viewModel.team() == null) {
            return;
        }
        if (teamWindow == null) {
            teamWindow = new TeamWindow(viewModel.team(), messages, text, root.getScene().getWindow());
            teamOwner.attach(teamWindow.stage().getScene().getRoot());
        }
        teamWindow.show();
    }

    /** View → Licences: one window per main window, opened on first use, brought to the front after. */
    public void showLicences() {
        if (licencesWindow == null) {
            licencesWindow = new LicencesWindow(viewModel.licences(), messages, formats,
                    root.getScene() == null ? null : root.getScene().getWindow());
        }
        licencesWindow.show();
    }

    /** The dashboards window, one for the session, owned by this window. */
    public void showDashboards() {
        if (viewModel.dashboards() == null) {
            return;
        }
        if (dashboardWindow == null) {
            dashboardWindow = new DashboardWindow(viewModel.dashboards(), messages, formats,
                    root.getScene() == null ? null : root.getScene().getWindow());
        }
        dashboardWindow.show();
    }

    /**
     * View → Decision history: opens the History window (one per main window), or brings it to the front; with a
     * filter (the dashboards' click-through) it shows that filter's entries. Supervisors only.
     */
    public void showDecisionHistory(HistoryFilter filter) {
        if (decisionHistory == null) {
            return;
        }
        if (decisionHistoryWindow == null) {
            decisionHistoryWindow = decisionHistory.apply(root.getScene().getWindow());
        }
        if (filter == null) {
            decisionHistoryWindow.show();
        } else {
            decisionHistoryWindow.show(filter);
        }
    }

    /** Every workflow action, each shown only while the signed-in user may take it on the shown application. */
    private Menu actionsMenu() {
        List<MenuItem> items = new ArrayList<>();
        for (AuditAction action : WorkflowRules.workflowActions()) {
            MenuItem item = new MenuItem(text.command(action), new FontIcon("mdi2c-circle-small"));
            item.setId(ActionIds.of(action) + "Menu");
            item.setMnemonicParsing(false);
            item.setAccelerator(ActionKeys.of(action));
            item.setOnAction(event -> viewModel.actions().start(action));
            items.add(item);
        }
        MenuItem none = new MenuItem(messages.get("actions.none"));
        none.setDisable(true);
        items.add(none);
        Runnable follow = () -> {
            List<AuditAction> offered = viewModel.actions().offered();
            int i = 0;
            for (AuditAction action : WorkflowRules.workflowActions()) {
                MenuItem item = items.get(i++);
                item.setVisible(offered.contains(action));
                item.setDisable(!offered.contains(action));
            }
            none.setVisible(offered.isEmpty());
        };
        viewModel.actions().offeredProperty().addListener((observable, before, after) -> follow.run());
        follow.run();
        paletteItem = item("palette.menu", PALETTE);
        paletteItem.setGraphic(new FontIcon("mdi2c-console-line"));
        paletteItem.setOnAction(event -> showPalette());
        Menu menu = menu("menu.actions");
        menu.getItems().setAll(items);
        menu.getItems().addAll(new SeparatorMenuItem(), paletteItem);
        return menu;
    }

    private Menu toolsMenu() {
        MenuItem verify = item("menu.tools.verifyAudit", null);
        verify.setGraphic(new FontIcon("mdi2s-shield-check"));
        verify.setOnAction(event -> viewModel.audit().verifyDatabase());
        MenuItem verifyFile = item("menu.tools.verifyFile", null);
        verifyFile.setGraphic(new FontIcon("mdi2f-file-check"));
        verifyFile.setOnAction(event -> {
            File file = FxAuditDialogs.chooseAuditFile(root.getScene().getWindow(), messages);
            if (file != null) {
                viewModel.audit().verifyFile(file.toPath());
            }
        });
        MenuItem checkpoint = item("menu.tools.checkpoint", null);
        checkpoint.setGraphic(new FontIcon("mdi2s-seal"));
        // Supervisors sign checkpoints with a key kept in the data folder: a desk without one cannot.
        checkpoint.setVisible(viewModel.isSupervisor() && environment.dataFolder() != null);
        checkpoint.setOnAction(event -> viewModel.audit().takeCheckpoint());
        MenuItem users = item("menu.tools.users", null);
        users.setGraphic(new FontIcon("mdi2a-account-multiple"));
        users.setVisible(viewModel.isSupervisor());
        users.setOnAction(event -> new UsersDialog(viewModel.users(), messages, text, root.getScene().getWindow())
                .show());
        MenuItem threshold = item("screening.menu.threshold", new KeyCodeCombination(KeyCode.T,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        threshold.setGraphic(new FontIcon("mdi2t-tune-variant"));
        threshold.setVisible(viewModel.isSupervisor());
        threshold.setDisable(!viewModel.isSupervisor());
        threshold.setOnAction(event -> viewModel.screeningTools().changeThreshold());
        MenuItem calendar = item("calendar.menu", null);
        calendar.setGraphic(new FontIcon("mdi2c-calendar-month"));
        calendar.setOnAction(event -> new CalendarDialog(viewModel.calendar(), messages,
                root.getScene().getWindow()).show());
        MenuItem flagRules = item("flagRules.menu", null);
        flagRules.setGraphic(new FontIcon("mdi2f-flag-variant"));
        flagRules.setVisible(viewModel.isSupervisor());
        flagRules.setOnAction(event -> new FlagRulesDialog(viewModel.flagRules(), messages,
                root.getScene().getWindow()).show());
        MenuItem countersignThreshold = item("countersignThreshold.menu", null);
        countersignThreshold.setGraphic(new FontIcon("mdi2d-draw-pen"));
        countersignThreshold.setVisible(viewModel.countersignThreshold().isAvailable());
        countersignThreshold.setOnAction(event -> viewModel.countersignThreshold().change());
        return menu("menu.tools", verify, verifyFile, checkpoint, users, threshold, calendar, flagRules,
                countersignThreshold);
    }

    private Menu helpMenu() {
        MenuItem about = item("menu.help.about", null);
        about.setGraphic(new FontIcon("mdi2i-information-outline"));
        about.setOnAction(event -> new AboutDialog(messages, about(), root.getScene().getWindow()).showAndWait());
        return menu("menu.help", about);
    }

    private AboutDialog.Facts about() {
        return new AboutDialog.Facts(environment.version(), viewModel.databaseLocation(), environment.dataFolder(),
                environment.logFile());
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key), null, items);
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    private MenuItem item(String key, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        return item;
    }

    private static void keepWidth(Node item) {
        if (item instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(viewModel.activityText());
        Tooltip activityWhole = new Tooltip();
        activityWhole.textProperty().bind(viewModel.activityText());
        activityWhole.setWrapText(true);
        activityWhole.setMaxWidth(520);
        bar.setTooltip(activityWhole);
        bar.progressProperty().bind(viewModel.progress());
        Label database = new Label(viewModel.databaseShortText(), new FontIcon("mdi2d-database"));
        database.setId("databasePath");
        database.setTooltip(new Tooltip(viewModel.databaseText()));
        database.getStyleClass().add(UiStyles.STATUS_DATABASE);
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.setGraphic(new FontIcon("mdi2f-format-list-bulleted"));
        counts.textProperty().bind(viewModel.countsText());
        Label user = new Label(viewModel.userText(), new FontIcon("mdi2a-account-circle"));
        user.setId("signedInUser");
        user.getStyleClass().add(UiStyles.STATUS_USER);
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.setPadding(new Insets(0, 4, 0, 10));
        Separator userSeparator = new Separator(Orientation.VERTICAL);
        userSeparator.setPadding(new Insets(0, 6, 0, 6));
        Label calendarWarning = new Label(null, new FontIcon("mdi2c-calendar-alert"));
        calendarWarning.setId("calendarWarning");
        calendarWarning.getStyleClass().add(UiStyles.CALENDAR_WARNING);
        calendarWarning.textProperty().bind(viewModel.calendar().warning());
        Tooltip calendarDetail = new Tooltip();
        calendarDetail.textProperty().bind(viewModel.calendar().warningDetail());
        calendarDetail.setWrapText(true);
        calendarDetail.setMaxWidth(420);
        calendarWarning.setTooltip(calendarDetail);
        calendarWarning.visibleProperty().bind(viewModel.calendar().warning().isNotEmpty());
        calendarWarning.managedProperty().bind(calendarWarning.visibleProperty());
        Button copyLicence = new Button(null, new FontIcon("mdi2c-content-copy"));
        copyLicence.setId("copyLicenceNumber");
        copyLicence.getStyleClass().add(UiStyles.CONFIRMATION);
        copyLicence.textProperty().bind(Bindings.createStringBinding(() -> viewModel.copyableLicenceProperty().get()
                == null ? "" : messages.get("confirm.copyLicence") + " " + viewModel.copyableLicenceProperty().get(),
                viewModel.copyableLicenceProperty()));
        copyLicence.visibleProperty().bind(viewModel.copyableLicenceProperty().isNotNull());
        copyLicence.managedProperty().bind(copyLicence.visibleProperty());
        copyLicence.setOnAction(event -> viewModel.copyLicenceNumber(number -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(number);
            Clipboard.getSystemClipboard().setContent(content);
        }));
        bar.getLeftItems().addAll(database, separator, calendarWarning, copyLicence);
        viewModel.calendar().load();
        bar.getRightItems().addAll(counts, userSeparator, user);
        if (viewModel.integrity() != null) {
            Separator integritySeparator = new Separator(Orientation.VERTICAL);
            integritySeparator.setPadding(new Insets(0, 6, 0, 6));
            bar.getRightItems().addAll(0, List.of(new IntegrityIndicator(viewModel.integrity()).node(),
                    integritySeparator));
        }
        // A long confirmation ("Countersigned … (first of two) · a second supervisor, …") squeezed every item to
        // "Databas…", "Showing…": the facts keep their width and the message in the middle gives way instead.
        for (Node item : bar.getLeftItems()) {
            keepWidth(item);
        }
        for (Node item : bar.getRightItems()) {
            keepWidth(item);
        }
        return bar;
    }
}
