package org.licensedesk.app;

import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import org.licensedesk.ui.main.MainWindow;

/**
 * Measures launch to painted queue for {@code --measure-startup}: prints the time from JVM start to the
 * first layout pulse after the queue has loaded, then quits. A benchmark, not a feature.
 */
final class StartupProbe {
    static final String OPTION = "--measure-startup";

    private StartupProbe() {
    }

    static boolean requested(List<String> arguments) {
        return arguments.contains(OPTION);
    }

    static void watch(MainWindow window, Scene scene) {
        var queue = window.viewModel().queue();
        ChangeListener<Boolean> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> value, Boolean was, Boolean loading) {
                if (!loading) {
                    queue.loadingProperty().removeListener(this);
                    Runnable[] report = new Runnable[1];
                    report[0] = () -> {
                        scene.removePostLayoutPulseListener(report[0]);
                        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.err.printf("startup: queue of %d rows painted %d ms after JVM start%n",
                                queue.totalCountProperty().get(), millis);
                        Platform.exit();
                    };
                    scene.addPostLayoutPulseListener(report[0]);
                    Platform.requestNextPulse();
                }
            }
        };
        queue.loadingProperty().addListener(whenLoaded);
    }
}
