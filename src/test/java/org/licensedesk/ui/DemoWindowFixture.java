package org.licensedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.User;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every TestFX test of the real windows starts from: the demo database of 29 November 2026, opened once per
 * test class, English texts, a recording dialog service and a fresh FX executor per test. A test's {@code @Start}
 * shows either the sign-in window ({@link #startSession}) or a signed-in main window ({@link #showMainWindow}).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DemoWindowFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    public static final Messages MESSAGES = new Messages(BUNDLE);

    @TempDir
    protected static Path folder;
    protected static Services services;

    protected final RecordingDialogService dialogs = new RecordingDialogService();
    protected final DeskRobot desk = new DeskRobot(dialogs);
    protected FxTaskExecutor executor;

    @BeforeAll
    static void openDemoDatabase() {
        services = TestDesk.openDemo(folder, CLOCK);
    }

    @AfterAll
    static void closeDemoDatabase() {
        services.close();
    }

    /** The sign-in window, as the application starts. */
    protected final DeskSession startSession(Stage stage) {
        Theme.install();
        executor = new FxTaskExecutor();
        DeskSession session = new DeskSession(TestDesk.desk(services, CLOCK), executor, dialogs, BUNDLE, stage);
        session.start();
        return session;
    }

    /** The main window of a user who has signed in, without going through the sign-in window. */
    protected final MainWindow showMainWindow(Stage stage, User user) {
        Theme.install();
        executor = new FxTaskExecutor();
        MainWindow window = MainWindow.create(TestDesk.desk(services, CLOCK), user, executor, dialogs, BUNDLE);
        window.show(stage);
        return window;
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }
}
