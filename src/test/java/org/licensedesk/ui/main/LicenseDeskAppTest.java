package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.LicenseDeskApp;
import org.licensedesk.app.Services;
import org.licensedesk.ui.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application as a user starts it: {@code --db PATH}, the database opened in the background, the sign-in
 * window, then the main window of the signed-in user.
 */
class LicenseDeskAppTest {
    @TempDir
    Path folder;

    private Application application;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void startsOnTheDatabaseGivenWithDbAsksWhoSignsInAndShowsTheirQueue() throws Exception {
        // The demo database, made beforehand so its officials have passwords the test knows.
        try (Services prepared = TestDesk.openDemo(folder, Clock.systemDefaultZone())) {
            assertThat(prepared.databaseLocation()).isNotNull();
        }
        Path database = folder.resolve("db");

        application = FxToolkit.setupApplication(LicenseDeskApp.class, "--db", database.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#signInUsername").tryQuery().isPresent());
        // The robot measures nodes from this thread: let the new window finish its first layout before clicking.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signInUsername").write("li.na");
        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#queueTable").tryQuery().isPresent());
        TableView<?> queue = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = (Stage) queue.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("LicenseDesk \u2014 Li Na (Reviewer) \u2014 H2 file " + database);
        assertThat(Window.getWindows()).hasSize(1);
    }
}
