package org.licensedesk.ui.main;

import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.licensedesk.domain.User;
import org.licensedesk.preferences.UserPreferences;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.FxWhen;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.signin.SignInView;
import org.licensedesk.ui.signin.SignInViewModel;
import org.licensedesk.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who works at the desk: the sign-in window first, then the main window for the signed-in user; File → Sign out
 * returns to the sign-in window. Each sign-in gets a fresh main window, so nothing of the previous user stays.
 * View → Language builds the main window again in the other language. Each user's language and window placement are
 * kept in their settings on this workstation; the sign-in window speaks the language last used here.
 */
public final class DeskSession {
    static final String LANGUAGE = "language";
    static final String MAIN_WINDOW = "mainWindow";
    private static final Logger LOG = LoggerFactory.getLogger(DeskSession.class);

    /** The store's services: opening while the sign-in window shows, done once someone has signed in. */
    private final CompletableFuture<DeskServices> store;
    private final String storeDescription;
    private final ZoneId zone;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DeskEnvironment environment;
    private final Stage mainStage;
    private final UserPreferences workstation;
    private Language language;
    private ResourceBundle bundle;
    private Stage signInStage;
    private MainWindow window;
    /** A main window built while its user's password is checked; used only if that user signs in (FX thread). */
    private MainWindow prepared;
    private ResourceBundle preparedBundle;
    private UserPreferences userPreferences;
    private Consumer<MainWindow> onSignedIn = window -> { };

    /** A desk in the bundle's language that keeps no settings: what the window tests start from. */
    public DeskSession(DeskServices services, TaskExecutor executor, DialogService dialogs, ResourceBundle bundle,
            Stage mainStage) {
        this(services, executor, dialogs, mainStage, DeskEnvironment.transientDesk(Locale.getDefault()),
                Language.of(bundle));
    }

    /**
     * A desk that keeps its users' settings in the environment's folder; it opens in the language last used on this
     * workstation, or the system's.
     *
     * @param mainStage where the main window goes once someone has signed in
     */
    public DeskSession(DeskServices services, TaskExecutor executor, DialogService dialogs, Stage mainStage,
            DeskEnvironment environment) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(services, "services")),
                services.storeDescription(), services.clock().getZone(), executor, dialogs, mainStage, environment,
                null);
    }

    /**
     * A desk whose sign-in window shows while its store still opens (issue 11: the window and the store start side by
     * side). Signing in waits for the store; a store that fails to open is the app's to report.
     *
     * @param storeDescription which store, for the sign-in window (the store's own description once open)
     * @param zone             the user's time zone, for the time an account stays locked
     */
    public DeskSession(CompletableFuture<DeskServices> store, String storeDescription, ZoneId zone,
            TaskExecutor executor, DialogService dialogs, Stage mainStage, DeskEnvironment environment) {
        this(store, storeDescription, zone, executor, dialogs, mainStage, environment, null);
    }

    private DeskSession(DeskServices services, TaskExecutor executor, DialogService dialogs, Stage mainStage,
            DeskEnvironment environment, Language language) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(services, "services")),
                services.storeDescription(), services.clock().getZone(), executor, dialogs, mainStage, environment,
                language);
    }

    private DeskSession(CompletableFuture<DeskServices> store, String storeDescription, ZoneId zone,
            TaskExecutor executor, DialogService dialogs, Stage mainStage, DeskEnvironment environment,
            Language language) {
        this.store = Objects.requireNonNull(store, "store");
        this.storeDescription = Objects.requireNonNull(storeDescription, "storeDescription");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.executor = executor;
        this.dialogs = dialogs;
        this.environment = Objects.requireNonNull(environment, "environment");
        this.mainStage = Objects.requireNonNull(mainStage, "mainStage");
        this.workstation = environment.preferences().workstation();
        useLanguage(language != null ? language : startingLanguage(environment));
        // Closing the window, quitting and signing out all hide the main stage: the one place to keep its placement.
        mainStage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> keepSettings());
    }

    /** The language the desk opens in: the one last used on this workstation, else the system's. */
    public static Language startingLanguage(DeskEnvironment environment) {
        return environment.preferences().workstation().get(LANGUAGE).flatMap(Language::fromTag)
                .orElse(Language.of(environment.systemLocale()));
    }

    /** Shows the sign-in window. */
    public void start() {
        Messages messages = new Messages(bundle);
        SignInViewModel viewModel = new SignInViewModel(this::signIn, executor, messages, zone, this::signedIn);
        SignInView view = new SignInView(viewModel, messages, messages.format("main.database", storeDescription));
        signInStage = view.stage(messages.get("signIn.title"));
        // Shown before the main window goes, so the toolkit never sees the last window close.
        signInStage.show();
        if (mainStage.isShowing()) {
            mainStage.hide();
        }
        if (window != null) {
            window.closeOwnedWindows();
        }
        window = null;
        prepared = null;
        preparedBundle = null;
        userPreferences = null;
    }

    /** On a background thread: waits for the store if it is still opening, then checks the password. */
    private User signIn(String username, char[] password) {
        DeskServices services;
        try {
            services = store.join();
        } catch (CompletionException e) {
            // The store's own failure (its sentence), not the wrapper's.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        offerToPrepare(services, username == null ? "" : username.strip());
        return services.accounts().signIn(username, password);
    }

    /** On the sign-in's background thread, before the hash: an active account of this name gets its window ready. */
    private void offerToPrepare(DeskServices services, String username) {
        try {
            services.accounts().users().stream()
                    .filter(account -> account.active() && account.username().equals(username))
                    .findFirst()
                    .ifPresent(account -> Platform.runLater(() -> prepare(services, account)));
        } catch (RuntimeException e) {
            // Only the speed of the sign-in depends on it; the sign-in itself reports what the store says.
            LOG.debug("No window made ready for {}", username, e);
        }
    }

    /**
     * While the password of an active account is checked (a deliberate fraction of a second, on a background thread),
     * builds that user's main window, works out its styles and layout on the otherwise idle FX thread and starts
     * reading the first page of their queue (issue 11: launch to painted queue). Nothing is shown, written or counted
     * for them until the password matches: the page read is one any signed-in official's window reads, from the store
     * this process holds open anyway. A refused attempt's window is never shown; the next attempt, or a sign-in as
     * someone else, builds anew.
     */
    private void prepare(DeskServices services, User user) {
        if (window != null || signInStage == null || !signInStage.isShowing()) {
            return;
        }
        Language preferred = environment.preferences().forUser(user.username()).get(LANGUAGE)
                .flatMap(Language::fromTag).orElse(Language.of(environment.systemLocale()));
        if (preferred != language) {
            prepared = null;
            return;
        }
        prepared = MainWindow.createReadingQueue(services, user, executor, dialogs, bundle, environment);
        preparedBundle = bundle;
        prepared.prepare();
    }

    private void signedIn(User user) {
        userPreferences = environment.preferences().forUser(user.username());
        Language preferred = userPreferences.get(LANGUAGE).flatMap(Language::fromTag)
                .orElse(Language.of(environment.systemLocale()));
        if (preferred != language) {
            useLanguage(preferred);
        }
        showMainWindow(user);
        new WindowPlacement(userPreferences, MAIN_WINDOW).restore(mainStage);
        signInStage.close();
        onSignedIn.accept(window);
    }

    private void showMainWindow(User user) {
        // Signed in: the store is open.
        boolean ready = prepared != null && preparedBundle == bundle && prepared.viewModel().user().equals(user);
        window = ready ? prepared : MainWindow.create(store.join(), user, executor, dialogs, bundle, environment);
        prepared = null;
        preparedBundle = null;
        window.setOnSignOut(this::start);
        window.setOnLanguageChosen(this::switchLanguage);
        window.show(mainStage);
    }

    /**
     * View → Language: the same user's main window again, in the chosen language, at the same place, on the same
     * application. Building it anew is what guarantees every text changes, menus, tables and dialogs alike.
     */
    public void switchLanguage(Language chosen) {
        if (window == null || chosen == language) {
            return;
        }
        LOG.info("{} switched the language to {}", window.viewModel().user().username(), chosen.tag());
        String shown = window.viewModel().queue().selectedReference();
        WindowPlacement placement = new WindowPlacement(userPreferences, MAIN_WINDOW);
        placement.remember(mainStage);
        window.closeOwnedWindows();
        useLanguage(chosen);
        userPreferences.put(LANGUAGE, chosen.tag());
        keepSettings();
        showMainWindow(window.viewModel().user());
        placement.restore(mainStage);
        if (shown != null) {
            openWhenLoaded(window, shown);
        }
        onSignedIn.accept(window);
    }

    /** Selects the application once the rebuilt window's queue has loaded. */
    private static void openWhenLoaded(MainWindow window, String reference) {
        FxWhen.whenFalse(window.viewModel().queue().loadingProperty(), () -> window.viewModel().open(reference));
    }

    private void useLanguage(Language chosen) {
        language = chosen;
        chosen.makeDefault(environment.systemLocale());
        bundle = chosen.bundle();
        dialogs.useLanguage(new Messages(bundle));
    }

    /** Writes the signed-in user's settings; a folder that cannot be written costs the settings, not the work. */
    private void keepSettings() {
        if (userPreferences == null) {
            return;
        }
        if (window != null) {
            new WindowPlacement(userPreferences, MAIN_WINDOW).remember(mainStage);
        }
        userPreferences.put(LANGUAGE, language.tag());
        workstation.put(LANGUAGE, language.tag());
        try {
            userPreferences.save();
            workstation.save();
        } catch (UncheckedIOException e) {
            LOG.warn("Could not keep the settings of {}", window == null ? "?" : window.viewModel().user().username(),
                    e);
        }
    }

    /** Told each new main window, right after it is shown and has started loading the queue. */
    public void setOnSignedIn(Consumer<MainWindow> onSignedIn) {
        this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    }

    /** The main window of the signed-in user, or null while nobody is signed in. */
    public MainWindow window() {
        return window;
    }

    /** The main window made ready while a password is checked, not shown yet; null when none is (tests). */
    MainWindow preparedWindow() {
        return prepared;
    }

    /** The sign-in window, shown while nobody is signed in. */
    public Stage signInStage() {
        return signInStage;
    }

    /** The language the windows speak now. */
    public Language language() {
        return language;
    }
}
