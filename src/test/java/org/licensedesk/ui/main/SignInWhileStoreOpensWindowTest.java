package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.store.StoreException;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The sign-in window shows while the store still opens (issue 11: the store opens beside JavaFX's start): Sign in
 * waits for the store, then checks the password as always; a store that cannot open refuses with its own sentence.
 */
class SignInWhileStoreOpensWindowTest extends DemoWindowFixture {
    private static final String DESCRIPTION = "H2 file /desks/opening";

    private final CompletableFuture<DeskServices> store = new CompletableFuture<>();
    private DeskSession session;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        Theme.install();
        executor = new FxTaskExecutor();
        session = new DeskSession(store, DESCRIPTION, CLOCK.getZone(), executor, dialogs, stage,
                DeskEnvironment.transientDesk(Locale.ENGLISH));
        session.start();
    }

    private void typeAndSignIn(FxRobot robot, String username, String password) throws TimeoutException {
        desk.waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(password).type(KeyCode.ENTER);
        desk.waitUntil(() -> robot.lookup("#signInProgress").queryAs(Node.class).isVisible());
    }

    /** Signs in with a wrong password on an open store; the FX thread prepares the window while the hash runs. */
    private void signInRefused(FxRobot robot, String username, String password) throws TimeoutException {
        desk.waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(password).type(KeyCode.ENTER);
        desk.waitUntil(() -> !robot.lookup("#signInError").queryLabeled().getText().isEmpty());
    }

    @Test
    void signInPressedBeforeTheStoreIsOpenWaitsForItThenShowsTheQueue(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup(".sign-in-database").queryLabeled().getText()).contains(DESCRIPTION);

        typeAndSignIn(robot, "li.na", TestDesk.PASSWORD);
        assertThat(session.window()).as("nobody is signed in before the store is open").isNull();

        store.complete(TestDesk.desk(services, CLOCK));
        desk.waitUntil(() -> session.window() != null
                && !session.window().viewModel().queue().loadingProperty().get());

        assertThat(session.window().viewModel().user().username()).isEqualTo("li.na");
        assertThat(robot.lookup("#queueTable").queryTableView().getItems()).isNotEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aWrongPasswordIsStillRefusedOnceTheStoreIsOpen(FxRobot robot) throws TimeoutException {
        typeAndSignIn(robot, "li.na", "not-the-password");
        store.complete(TestDesk.desk(services, CLOCK));

        desk.waitUntil(() -> !robot.lookup("#signInError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#signInError").queryLabeled().getText()).startsWith("The user name or the password");
        assertThat(session.window()).isNull();
    }

    @Test
    void aStoreThatCannotOpenRefusesTheSignInWithItsOwnSentence(FxRobot robot) throws TimeoutException {
        typeAndSignIn(robot, "li.na", TestDesk.PASSWORD);

        store.completeExceptionally(new StoreException("The database /desks/opening is in use by another program."));

        desk.waitUntil(() -> !robot.lookup("#signInError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#signInError").queryLabeled().getText())
                .isEqualTo(MESSAGES.format("signIn.failed", "The database /desks/opening is in use by another program."));
        assertThat(session.window()).isNull();
    }
    @Test
    void theWindowMadeReadyWhileAWrongPasswordIsCheckedIsNeverShownAndTheRightPasswordUsesIt(FxRobot robot)
            throws TimeoutException {
        store.complete(TestDesk.desk(services, CLOCK));
        signInRefused(robot, "li.na", "not-the-password");

        // Issue 11: li.na's window was built and styled beside the hash, and stays unseen after the refusal.
        MainWindow prepared = session.preparedWindow();
        assertThat(prepared).isNotNull();
        assertThat(prepared.viewModel().user().username()).isEqualTo("li.na");
        assertThat(session.window()).isNull();
        assertThat(mainStage.isShowing()).isFalse();

        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        desk.waitUntil(() -> session.window() != null
                && !session.window().viewModel().queue().loadingProperty().get());
        assertThat(session.window().viewModel().user().username()).isEqualTo("li.na");
        assertThat(mainStage.isShowing()).isTrue();
        assertThat(robot.lookup("#queueTable").queryTableView().getItems()).isNotEmpty();
        assertThat(session.preparedWindow()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void signingInAsSomeoneElseAfterARefusalShowsTheirOwnWindow(FxRobot robot) throws TimeoutException {
        store.complete(TestDesk.desk(services, CLOCK));
        signInRefused(robot, "li.na", "not-the-password");
        MainWindow refused = session.preparedWindow();
        assertThat(refused).isNotNull();

        robot.clickOn("#signInUsername").push(KeyCode.SHORTCUT, KeyCode.A).write("zhao.lei");
        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        desk.waitUntil(() -> session.window() != null
                && !session.window().viewModel().queue().loadingProperty().get());

        assertThat(session.window().viewModel().user().username()).isEqualTo("zhao.lei");
        assertThat(session.window()).isNotSameAs(refused);
        assertThat(dialogs.errors).isEmpty();
    }
}
