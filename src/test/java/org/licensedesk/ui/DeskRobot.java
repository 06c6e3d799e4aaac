package org.licensedesk.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a window test does the way a user does it, on the real windows: signs in and out, picks menu items by their
 * text, clicks shown table cells, and waits for the window without sleeping. Every wait fails at once when the window
 * reports an error, instead of timing out with nothing to say.
 */
public final class DeskRobot {
    private static final long WAIT_SECONDS = 30;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogService dialogs;

    public DeskRobot(RecordingDialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Waits until the condition holds and the FX thread has painted; fails fast on a reported error. */
    public void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            if (!dialogs.errors.isEmpty()) {
                throw new AssertionError("The window reported: " + dialogs.errors);
            }
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Signs in with the test password and waits for the user's queue to be filled. */
    public void signIn(DeskSession session, String username) throws TimeoutException {
        signIn(session, username, TestDesk.PASSWORD);
        waitUntil(() -> !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
    }

    /** Signs in through the sign-in window and waits for the main window's queue to have loaded. */
    public void signIn(DeskSession session, String username, String password) throws TimeoutException {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(password).type(KeyCode.ENTER);
        waitUntil(() -> session.window() != null && !session.window().viewModel().queue().loadingProperty().get());
    }

    /** File → Sign out, then waits for the sign-in window. */
    public void signOut(DeskSession session) throws TimeoutException {
        menu("menu.file", "menu.file.signOut");
        waitUntil(() -> session.window() == null && session.signInStage().isShowing());
    }

    /** Clicks a menu, then one of its items, by their texts in the root bundle. */
    public void menu(String menuKey, String itemKey) {
        clickOnceFound(DemoWindowFixture.MESSAGES.get(menuKey).replace("_", ""));
        clickOnceFound(DemoWindowFixture.MESSAGES.get(itemKey).replace("_", ""));
    }

    /**
     * Clicks the node with this text once a lookup finds it. A lookup walks the windows from the test thread; right
     * after a window shows, the FX thread still adds its later parts (the details' tabs after the first paint, the
     * inboxes' counts), and a walk that meets a list being changed fails (IndexOutOfBoundsException in CI): it is
     * walked again until it finds the node.
     */
    private void clickOnceFound(String text) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return robot.lookup(text).tryQuery().isPresent();
                } catch (RuntimeException walkMetAChange) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing shows \"" + text + "\"", e);
        }
        robot.clickOn(text);
    }

    /**
     * The shown cell of the table with this text (a table keeps hidden spare cells, which a user cannot click), once
     * the table has laid it out: the rows arrive a pulse before their cells.
     */
    public Node shownCell(String table, String text) throws TimeoutException {
        Predicate<Node> shown = cell -> cell instanceof Labeled label && text.equals(label.getText())
                && cell.isVisible() && cell.getParent().isVisible();
        waitUntil(() -> robot.lookup(table + " .table-cell").match(shown).tryQuery().isPresent());
        return robot.lookup(table + " .table-cell").match(shown).queryAs(Node.class);
    }

    /**
     * Waits until the details show this application: their content is made with the first application shown
     * (DetailsView), so until then there is no reference field to read.
     */
    public void waitForDetailsOf(String reference) throws TimeoutException {
        waitUntil(() -> robot.lookup("#detailsReference").tryQuery()
                .map(field -> reference.equals(((TextInputControl) field).getText())).orElse(false));
    }

    /** The text of a label or a (read-only) text field; null while there is none (waits can poll it). */
    public String text(String id) {
        Node node = robot.lookup(id).tryQuery().orElse(null);
        if (node == null) {
            return null;
        }
        return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
    }

    /** Renders the scene into the build folder as a PNG, for a person to look at; returns the file. */
    public static Path snapshot(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path file = buildFolder().resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    /** The build folder (target, or the one given with -DbuildDir), found from where the tests were compiled. */
    private static Path buildFolder() throws Exception {
        return Path.of(DeskRobot.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
