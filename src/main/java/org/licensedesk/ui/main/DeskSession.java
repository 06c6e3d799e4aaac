package org.licensedesk.ui.main;

import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.licensedesk.domain.User;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.signin.SignInView;
import org.licensedesk.ui.signin.SignInViewModel;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * Who works at the desk: the sign-in window first, then the main window for the signed-in user; File → Sign out
 * returns to the sign-in window. Each sign-in gets a fresh main window, so nothing of the previous user stays.
 */
public final class DeskSession {
    private final DeskServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ResourceBundle bundle;
    private final Messages messages;
    private final Stage mainStage;
    private Stage signInStage;
    private MainWindow window;
    private Consumer<MainWindow> onSignedIn = window -> { };

    /** @param mainStage where the main window goes once someone has signed in */
    public DeskSession(DeskServices services, TaskExecutor executor, DialogService dialogs, ResourceBundle bundle,
            Stage mainStage) {
        this.services = Objects.requireNonNull(services, "services");
        this.executor = executor;
        this.dialogs = dialogs;
        this.bundle = bundle;
        this.messages = new Messages(bundle);
        this.mainStage = Objects.requireNonNull(mainStage, "mainStage");
    }

    /** Shows the sign-in window. */
    public void start() {
        SignInViewModel viewModel = new SignInViewModel(services.accounts()::signIn, executor, messages,
                services.clock().getZone(), this::signedIn);
        SignInView view = new SignInView(viewModel, messages,
                messages.format("main.database", services.databaseLocation().toString()));
        signInStage = view.stage(messages.get("signIn.title"));
        // Shown before the main window goes, so the toolkit never sees the last window close.
        signInStage.show();
        if (mainStage.isShowing()) {
            mainStage.hide();
        }
        window = null;
    }

    private void signedIn(User user) {
        window = MainWindow.create(services, user, executor, dialogs, bundle);
        window.setOnSignOut(this::start);
        window.show(mainStage);
        signInStage.close();
        onSignedIn.accept(window);
    }

    /** Told each new main window, right after it is shown and has started loading the queue. */
    public void setOnSignedIn(Consumer<MainWindow> onSignedIn) {
        this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    }

    /** The main window of the signed-in user, or null while nobody is signed in. */
    public MainWindow window() {
        return window;
    }

    /** The sign-in window, shown while nobody is signed in. */
    public Stage signInStage() {
        return signInStage;
    }
}
