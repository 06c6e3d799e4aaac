package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.preferences.PreferencesFolder;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Language switches the real window between English and Chinese without a restart, and each user's language
 * and window placement come back at their next sign-in, from the settings folder (a temporary one here).
 */
class LanguageAndSettingsWindowTest extends DemoWindowFixture {
    private static final ResourceBundle CHINESE = Language.SIMPLIFIED_CHINESE.bundle();
    private static final Locale STARTING_LOCALE = Locale.getDefault();

    @TempDir
    Path settings;
    private DeskSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.install();
        executor = new FxTaskExecutor();
        DeskEnvironment environment = new DeskEnvironment("9.9.9-test", settings.resolve("data"),
                settings.resolve("data/logs/licensedesk.log"), PreferencesFolder.in(settings.resolve("data")),
                Locale.ENGLISH);
        session = new DeskSession(TestDesk.desk(services, CLOCK), executor, dialogs, stage, environment);
        session.start();
    }

    @AfterEach
    void restoreTheJvmLocale() {
        // The switch sets the JVM's default locale, which later test classes in this JVM must not inherit.
        Locale.setDefault(STARTING_LOCALE);
    }

    private List<String> menuTexts() {
        MenuBar menus = (MenuBar) ((BorderPane) session.window().root()).getTop();
        return menus.getMenus().stream().map(Menu::getText).toList();
    }

    private void chooseLanguage(FxRobot robot, String viewMenu, String languageMenu, Language language)
            throws TimeoutException {
        MainWindow before = session.window();
        robot.clickOn(viewMenu.replace("_", "")).clickOn(languageMenu)
                .clickOn(language.nativeName());
        desk.waitUntil(() -> session.window() != before && !session.window().viewModel().queue().loadingProperty()
                .get());
    }

    @Test
    void switchesTheMenusTablesAndDatesToChineseAndBackWithoutARestart(FxRobot robot) throws TimeoutException {
        desk.signIn(session, "li.na");
        assertThat(menuTexts()).containsExactly(MESSAGES.get("menu.file"), MESSAGES.get("menu.view"),
                MESSAGES.get("menu.actions"), MESSAGES.get("menu.tools"), MESSAGES.get("menu.help"));
        TableView<?> queue = robot.lookup("#queueTable").queryTableView();
        desk.waitUntil(() -> queue.getSelectionModel().getSelectedItem() != null);
        robot.clickOn(robot.lookup("#queueTable .table-row-cell").nth(2).lookup(".table-cell")
                .queryAs(Node.class));
        String chosen = session.window().viewModel().queue().selectedReference();
        desk.waitForDetailsOf(chosen);
        TableColumn<?, ?> applicants = queue.getColumns().get(5);
        assertThat(applicants.getText()).isEqualTo(MESSAGES.get("queue.column.applicant"));
        assertThat(String.valueOf(applicants.getCellData(0))).as("named in English").doesNotContainPattern("\\p{IsHan}")
                .isNotBlank();

        chooseLanguage(robot, MESSAGES.get("menu.view"), MESSAGES.get("menu.view.language"),
                Language.SIMPLIFIED_CHINESE);

        assertThat(menuTexts()).containsExactly(CHINESE.getString("menu.file"), CHINESE.getString("menu.view"),
                CHINESE.getString("menu.actions"), CHINESE.getString("menu.tools"), CHINESE.getString("menu.help"));
        TableView<?> chineseQueue = robot.lookup("#queueTable").queryTableView();
        // The risk-flag column (an icon, no text) comes first; the reference column follows it.
        assertThat(chineseQueue.getColumns().get(1).getText()).isEqualTo(CHINESE.getString("queue.column.reference"));
        // The applicant as filed in Chinese.
        TableColumn<?, ?> chineseApplicants = chineseQueue.getColumns().get(5);
        assertThat(chineseApplicants.getText()).isEqualTo(CHINESE.getString("queue.column.applicant"));
        assertThat(String.valueOf(chineseApplicants.getCellData(0))).matches("\\p{IsHan}+.*");
        assertThat(session.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        // The same application stays open, and its dates read the Chinese way.
        desk.waitForDetailsOf(chosen);
        assertThat(desk.text("#detailsFacts")).matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日.*");
        assertThat(robot.lookup("#statusCounts").queryLabeled().getText()).startsWith("显示");
        assertThat(robot.lookup("#signedInUser").queryLabeled().getText()).isEqualTo("Li Na（审查员）");

        chooseLanguage(robot, CHINESE.getString("menu.view"), CHINESE.getString("menu.view.language"),
                Language.ENGLISH);

        assertThat(menuTexts()).startsWith(MESSAGES.get("menu.file"), MESSAGES.get("menu.view"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void eachUserGetsTheirLanguageAndWindowPlacementBackAtTheNextSignIn(FxRobot robot) throws Exception {
        desk.signIn(session, "li.na");
        chooseLanguage(robot, MESSAGES.get("menu.view"), MESSAGES.get("menu.view.language"),
                Language.SIMPLIFIED_CHINESE);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(CHINESE.getString("menu.file").replace("_", "")).clickOn(CHINESE.getString("menu.file.signOut"));
        desk.waitUntil(() -> session.window() == null && session.signInStage().isShowing());
        assertThat(Files.readString(settings.resolve("data/preferences/user-li.na.properties")))
                .contains("language=zh-CN").contains("mainWindow.width=1000.0");

        // Another official, who never chose: the system's language (English here), the default size.
        desk.signIn(session, "zhao.lei");
        assertThat(session.language()).isEqualTo(Language.ENGLISH);
        assertThat(menuTexts()).startsWith(MESSAGES.get("menu.file"));
        assertThat(stage.getWidth()).isNotEqualTo(1000.0);
        desk.signOut(session);

        desk.signIn(session, "li.na");
        assertThat(session.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(menuTexts()).startsWith(CHINESE.getString("menu.file"));
        assertThat(stage.getWidth()).isEqualTo(1000.0);
        assertThat(stage.getHeight()).isEqualTo(640.0);
        assertThat(stage.getX()).isEqualTo(40.0);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aboutShowsTheVersionDatabaseDataFolderAndLogFile(FxRobot robot) throws TimeoutException {
        desk.signIn(session, "li.na");

        desk.menu("menu.help", "menu.help.about");
        desk.waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        assertThat(desk.text("#aboutVersion")).isEqualTo("9.9.9-test");
        assertThat(desk.text("#aboutStore")).contains(services.databaseLocation().toAbsolutePath().toString());
        assertThat(desk.text("#aboutDataFolder")).isEqualTo(settings.resolve("data").toAbsolutePath().toString());
        assertThat(desk.text("#aboutLogFile")).isEqualTo(settings.resolve("data/logs/licensedesk.log")
                .toAbsolutePath().toString());
        robot.clickOn(MESSAGES.get("about.close"));
        desk.waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isEmpty());
    }
}
