package org.licensedesk.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screening through the real window: a reviewer imports the sample intake file through File → Import
 * applications, finds the consignee's hit in the new application's Screening tab, claims the application and
 * records every hit as a false positive; the tab's count and the queue's flag go away.
 */
@ExtendWith(ApplicationExtension.class)
class ScreeningWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Messages MESSAGES = new Messages(BUNDLE);
    private static final String REFERENCE = "EXP-2026-004211";

    @TempDir
    static Path folder;
    private static Services services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskExecutor executor;
    private DeskSession session;

    @BeforeAll
    static void openDemoDatabase() {
        services = TestDesk.openDemo(folder, CLOCK);
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.install();
        executor = new FxTaskExecutor();
        session = new DeskSession(TestDesk.desk(services, CLOCK), executor, dialogs, BUNDLE, stage);
        session.start();
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void anImportedApplicationShowsItsHitAndTheAssigneeDisposesOfEveryHit(FxRobot robot) throws Exception {
        signIn(robot, "li.na");
        dialogs.fileAnswers.add(List.of(Path.of("assets/intake-sample.json").toAbsolutePath()));
        // File → Import applications…, by its accelerator
        robot.clickOn("#queueFilter");
        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> !dialogs.fileChoosers.isEmpty());
        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.fileChoosers).containsExactly(MESSAGES.get("intake.chooser.title"));
        assertThat(dialogs.informations.get(0).message()).contains(REFERENCE).contains("Screening hits on");

        showOnly(robot, REFERENCE);
        waitUntil(() -> robot.lookup("#queueTable .screening-flag").tryQuery().isPresent());
        robot.clickOn(screeningTab(robot));
        TableView<ScreeningHit> hits = robot.lookup("#screeningTable").queryTableView();
        waitUntil(() -> !hits.getItems().isEmpty());
        assertThat(hits.getItems()).anySatisfy(hit -> {
            assertThat(hit.party()).isEqualTo(ScreenedParty.CONSIGNEE);
            assertThat(hit.partyName()).isEqualTo("TNK Trading International SA");
            assertThat(hit.listedName()).isEqualTo("TNK Trading International S.A.");
        });
        int open = hits.getItems().size();
        snapshot(hits.getScene(), "screenshot-screening.png");
        assertThat(tabLabel(robot)).isEqualTo(MESSAGES.format("screening.tab.titleOpen", open));
        assertThat(button(robot, "#screeningFalsePositive").isDisabled()).as("only the assignee disposes").isTrue();

        robot.clickOn("#actionClaim");
        waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent());
        robot.clickOn("#actionNote").write("Mine: TNK hit to check.");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty());
        waitUntil(() -> !button(robot, "#screeningFalsePositive").isDisabled());

        for (int disposed = 1; disposed <= open; disposed++) {
            int index = firstUndisposed(hits);
            robot.interact(() -> hits.getSelectionModel().select(index));
            robot.clickOn("#screeningFalsePositive");
            waitUntil(() -> robot.lookup("#dispositionNote").tryQuery().isPresent());
            assertThat(button(robot, "#dispositionSave").isDisabled()).as("a note comes first").isTrue();
            robot.clickOn("#dispositionNote").write("Different registration number and address.");
            robot.clickOn("#dispositionSave");
            int left = open - disposed;
            waitUntil(() -> hits.getItems().stream().filter(hit -> !hit.isDisposed()).count() == left);
        }

        waitUntil(() -> MESSAGES.get("screening.tab.title").equals(tabLabel(robot)));
        assertThat(hits.getItems()).allSatisfy(hit -> {
            assertThat(hit.disposition().verdict()).isEqualTo(ScreeningDisposition.FALSE_POSITIVE);
            assertThat(hit.disposition().by()).isEqualTo("li.na");
        });
        waitUntil(() -> robot.lookup("#queueTable .screening-flag").tryQuery().isEmpty());
        assertThat(services.screening().flaggedReferences()).doesNotContain(REFERENCE);
        assertThat(button(robot, "#screeningFalsePositive").isDisabled()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path build = Path.of(ScreeningWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", build.resolve(name).toFile());
    }

    private static int firstUndisposed(TableView<ScreeningHit> hits) {
        for (int i = 0; i < hits.getItems().size(); i++) {
            if (!hits.getItems().get(i).isDisposed()) {
                return i;
            }
        }
        throw new AssertionError("every hit has a disposition");
    }

    private void signIn(FxRobot robot, String username) throws TimeoutException {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> session.window() != null && !session.window().viewModel().queue().loadingProperty().get()
                && !queueTable(robot).getItems().isEmpty());
    }

    private void showOnly(FxRobot robot, String reference) throws TimeoutException {
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        waitUntil(() -> queueTable(robot).getItems().size() == 1);
        TextField shown = robot.lookup("#detailsReference").queryAs(TextField.class);
        waitUntil(() -> reference.equals(shown.getText()));
    }

    private static Node screeningTab(FxRobot robot) {
        return robot.lookup(".tab").match(tab -> "screeningTab".equals(tab.getId())).queryAs(Node.class);
    }

    private static String tabLabel(FxRobot robot) {
        return ((Labeled) screeningTab(robot).lookup(".tab-label")).getText();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            if (!dialogs.errors.isEmpty()) {
                throw new AssertionError("The window reported: " + dialogs.errors);
            }
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
