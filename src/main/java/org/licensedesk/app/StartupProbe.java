package org.licensedesk.app;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.licensedesk.ui.FxWhen;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.queue.QueueViewModel;

/**
 * Measures start-up for {@code --measure-startup}, a benchmark rather than a feature: prints when the
 * sign-in window is shown (after JVM start), signs in as {@code LICENSEDESK_USER} with
 * {@code LICENSEDESK_PASSWORD}, prints when the queue is painted (after sign-in), then quits.
 */
final class StartupProbe {
    static final String OPTION = "--measure-startup";

    private long signedInAt;

    static boolean requested(List<String> arguments) {
        return arguments.contains(OPTION);
    }

    /** Reports the sign-in window and signs in with the credentials from the environment. */
    void signIn(Stage signInStage) {
        System.err.printf("startup: sign-in window shown %d ms after JVM start%n", millisSinceJvmStart());
        Scene scene = signInStage.getScene();
        ((TextInputControl) scene.lookup("#signInUsername")).setText(System.getenv("LICENSEDESK_USER"));
        ((TextInputControl) scene.lookup("#signInPassword")).setText(System.getenv("LICENSEDESK_PASSWORD"));
        signedInAt = System.currentTimeMillis();
        ((Button) scene.lookup("#signInButton")).fire();
    }

    /** Reports the first layout pulse after the signed-in user's queue has loaded, then quits. */
    void watch(MainWindow window, Scene scene) {
        var queue = window.viewModel().queue();
        // Called once the window is shown. Its queue may have loaded while the password was checked (the window's
        // first pulse paints it then); else this waits for the load to end.
        FxWhen.whenFalse(queue.loadingProperty(), () -> {
            Runnable[] report = new Runnable[1];
            report[0] = () -> {
                scene.removePostLayoutPulseListener(report[0]);
                // A long inbox is painted before its count: its first page's rows, and said so.
                boolean counted = queue.rowCountProperty().get() == QueueViewModel.RowCount.COUNTED;
                System.err.printf("startup: queue of %d rows%s painted %d ms after pressing Sign in "
                                + "(%d ms after JVM start)%n", queue.totalCountProperty().get(),
                        counted ? "" : " (its first page, the inbox still being counted)",
                        System.currentTimeMillis() - signedInAt, millisSinceJvmStart());
                quit(scene);
            };
            scene.addPostLayoutPulseListener(report[0]);
            Platform.requestNextPulse();
        });
    }

    /**
     * Quits as File → Quit does: the window is hidden (the last one, so JavaFX then exits and the app's stop() closes
     * the store). Platform.exit() with the window still open sometimes crashed JavaFX's GTK glass while it closed the
     * windows at exit (SIGSEGV in destroy_and_delete_ctx, two of some hundreds of benchmark launches on 7 Dec); the
     * exit after the hide only ends whatever is left.
     */
    static void quit(Scene scene) {
        scene.getWindow().hide();
        Platform.runLater(Platform::exit);
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
