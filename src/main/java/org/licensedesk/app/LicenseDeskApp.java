package org.licensedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.cli.VersionInfo;
import org.licensedesk.preferences.PreferencesFolder;
import org.licensedesk.store.Credentials;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.FxDialogService;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.DeskEnvironment;
import org.licensedesk.ui.main.DeskServices;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.main.StoreCredentialsDialog;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window application: asks who signs in while the database opens in the background (begun by {@link Launcher}
 * before JavaFX started; a server whose credentials are asked for opens behind a small "opening" window first), then
 * shows their main window; closes the database when the window goes. Started through {@link Launcher}.
 */
public final class LicenseDeskApp extends Application {
    static {
        // The log starts beside JavaFX (LogStart); this class, made on JavaFX's launcher thread, logs first.
        LogStart.awaitReady();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LicenseDeskApp.class);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Services services;
    /** The store begun in main, until it is open ({@link #services}); null when it was opened here. */
    private CompletableFuture<Services> opening;
    private Stage mainStage;

    @Override
    public void start(Stage stage) {
        mainStage = stage;
        Path dataFolder = DataLocation.dataFolder();
        DeskEnvironment environment = new DeskEnvironment(VersionInfo.version(), dataFolder,
                LogSetup.prepare(dataFolder), PreferencesFolder.in(dataFolder), Locale.getDefault());
        LOG.info("LicenseDesk {} starts; data folder {}, log {}", environment.version(), dataFolder,
                environment.logFile());
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> LOG.error("Uncaught in {}", thread.getName(),
                failure));
        Language language = DeskSession.startingLanguage(environment);
        language.makeDefault(environment.systemLocale());
        Theme.install();
        Theme.giveIcon(stage);
        Messages messages = new Messages(language.bundle());
        DialogService dialogs = new FxDialogService(() -> mainStage.isShowing() ? mainStage : null, messages);
        String databaseOption = StoreOpening.databaseOption(getParameters().getRaw());
        Clock clock = Clock.systemDefaultZone();
        CompletableFuture<Services> begun = StoreOpening.take();
        if (begun == null) {
            openBehindOpeningWindow(stage, environment, messages, dialogs, databaseOption, clock);
            return;
        }
        // The store has been opening since main: the sign-in window shows now and signing in waits for the store.
        opening = begun;
        DeskSession session = new DeskSession(begun.thenApply(opened -> deskServices(opened, clock)),
                DataLocation.address(databaseOption).describe(), clock.getZone(), executor, dialogs, stage,
                environment);
        startSession(session, stage);
        begun.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                showOpenFailure(dialogs, messages, failure instanceof CompletionException ? failure.getCause()
                        : failure);
                Platform.exit();
                return;
            }
            services = opened;
            LOG.info("Database open: {}", opened.storeDescription());
            indexOlderNotes(opened, messages, dialogs);
        }));
    }

    /**
     * A server whose credentials are asked for: the small "opening" window shows while the store opens (the dialog
     * may come up over it), then the sign-in window.
     */
    private void openBehindOpeningWindow(Stage stage, DeskEnvironment environment, Messages messages,
            DialogService dialogs, String databaseOption, Clock clock) {
        Stage openingStage = openingStage(messages);
        openingStage.show();
        BackgroundTask.wrap(() -> Services.open(databaseOption, BackendOpener.Mode.CREATE_WITH_DEMO, clock,
                        server -> askForCredentials(messages, server)))
                .withTitle(messages.get("app.opening"))
                .onSuccess(opened -> {
                    services = opened;
                    LOG.info("Database open: {}", opened.storeDescription());
                    startSession(new DeskSession(deskServices(opened, clock), executor, dialogs, stage, environment),
                            stage);
                    openingStage.close();
                    indexOlderNotes(opened, messages, dialogs);
                })
                .onFailure(failure -> {
                    // Dialog first: closing the last window first could end the toolkit before it shows.
                    showOpenFailure(dialogs, messages, failure);
                    openingStage.close();
                    Platform.exit();
                })
                .executeWith(executor);
    }

    /** Shows the sign-in window; {@code --measure-startup} signs in at once and times the queue's first paint. */
    private void startSession(DeskSession session, Stage stage) {
        StartupProbe probe = StartupProbe.requested(getParameters().getRaw()) ? new StartupProbe() : null;
        if (probe != null) {
            session.setOnSignedIn(window -> probe.watch(window, stage.getScene()));
        }
        session.start();
        if (probe != null) {
            probe.signIn(session.signInStage());
        }
    }

    /**
     * The dialog when the store cannot be opened (a wrong server password, a locked or damaged file): the store's
     * sentence as its headline, the technical detail folded away.
     */
    static void showOpenFailure(DialogService dialogs, Messages messages, Throwable failure) {
        dialogs.showError(messages.get("app.openFailed.title"), ErrorText.whatHappened(failure, messages),
                messages.get("app.openFailed.whatToDo"), failure);
    }

    /**
     * Databases older than the note-word index (V12) or the history facts (V58) get their older entries' words and
     * facts in the background, so opening never waits for them; until the words are in, the history's note filter
     * says it is not ready; until the facts are in, the application filters join the applications (slower).
     */
    private void indexOlderNotes(Services opened, Messages messages, DialogService dialogs) {
        BackgroundTask.wrapWithProgress(progress -> {
            long pending = opened.history().derivedIndexPending();
            return pending == 0 ? 0L : opened.history().fillDerivedIndexes(() -> Thread.currentThread().isInterrupted(),
                    indexed -> progress.update(indexed, pending));
        })
                .withTitle(messages.get("app.indexingNotes"))
                .onFailure(failure -> dialogs.showError(messages.get("app.indexFailed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("app.indexFailed.whatToDo"), failure))
                .executeWith(executor);
    }

    @Override
    public void stop() {
        LOG.info("LicenseDesk stops");
        executor.close();
        if (services == null && opening != null) {
            // Quit before the store's opening was reported here: close it once it is open.
            services = opening.exceptionally(failure -> null).join();
        }
        if (services != null) {
            services.close();
        }
    }

    static DeskServices deskServices(Services services, Clock clock) {
        return new DeskServices(services.queue(), services.workflow(), services.accounts(), services.auditTrail(),
                services.auditExporter(), services.intake(), services.screening(), services.dispositions(),
                services.partyHistory(), services.team(), services.dashboards(), services.history(),
                services.officials(), services.licences(), services.letters(), services.databaseLocation(),
                services.storeDescription(), clock, services.calendars(), services.amendments(), services.appeals(),
                services.flags(), services.countersignThresholds());
    }

    /**
     * A server's user name and password when the environment gives none: asked in a small dialog on the FX thread
     * while the store opens in the background (which waits for the answer); null when cancelled.
     */
    private static Credentials askForCredentials(Messages messages, StoreAddress.Server server) {
        CompletableFuture<Credentials> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(new StoreCredentialsDialog(messages, server.describe()).ask()
                        .map(typed -> {
                            Credentials credentials = new Credentials(typed.user(), typed.password());
                            Arrays.fill(typed.password(), '\0');
                            return credentials;
                        })
                        .orElse(null));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    private static Stage openingStage(Messages messages) {
        Label label = new Label(messages.get("app.opening"));
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(12, label, progress);
        box.setPadding(new Insets(24));
        box.setPrefWidth(360);
        Stage stage = new Stage(StageStyle.UTILITY);
        Theme.giveIcon(stage);
        stage.setTitle(messages.get("app.name"));
        stage.setScene(new Scene(box));
        stage.setResizable(false);
        return stage;
    }
}
