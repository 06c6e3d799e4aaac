package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.LicenseDeskApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application as a user starts it: {@code --db PATH}, the database opened in the background, the main window. */
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
    void startsOnTheDatabaseGivenWithDbAndShowsItsQueue() throws Exception {
        Path database = folder.resolve("desk");

        application = FxToolkit.setupApplication(LicenseDeskApp.class, "--db", database.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#queueTable").tryQuery().isPresent());
        TableView<?> queue = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());

        Stage stage = (Stage) queue.getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("LicenseDesk \u2014 " + database);
        assertThat(Window.getWindows()).hasSize(1);
    }
}
