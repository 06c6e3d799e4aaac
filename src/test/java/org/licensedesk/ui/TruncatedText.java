package org.licensedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds text a user cannot read whole: every visible label, button, tab, menu title and column header whose skin
 * shows less than its text (JavaFX 21 has no {@code Labeled.isTextTruncated}; the skin's own {@link Text} child holds
 * what is drawn, ending in "…" when cut). Table and list cells are free text that may be cut, except cells styled
 * {@link UiStyles#REFERENCE} (a reference is never shown in part) or {@link UiStyles#NEVER_CUT} (the queue's days left,
 * status and assignee). A closed combo box's cell, the choice in force, is checked like a label. For any screen's
 * window test:
 * {@code assertThat(TruncatedText.inShowingWindows()).isEmpty()}.
 */
public final class TruncatedText {
    private TruncatedText() {
    }

    /** What is cut in every window now showing (main window, dialogs, popups), one line per text. */
    public static List<String> inShowingWindows() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                List<String> cut = new ArrayList<>();
                for (Window window : List.copyOf(Window.getWindows())) {
                    if (window.isShowing() && window.getScene() != null) {
                        window.getScene().getRoot().applyCss();
                        window.getScene().getRoot().layout();
                        collect(window.getScene().getRoot(), cut);
                    }
                }
                return cut;
            }).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is cut under one node; call on the FX thread, after layout. */
    public static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && checked(labeled)) {
            String shown = shownText(labeled);
            String whole = wholeText(labeled);
            if (shown != null && !shown.equals(whole)) {
                cut.add(describe(labeled) + ": \"" + whole + "\" shows as \"" + shown + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    private static boolean checked(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isBlank()
                || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return false;
        }
        // A closed combo box's cell shows the choice in force, which is read like a label.
        return !(labeled instanceof IndexedCell<?>) || labeled.getParent() instanceof ComboBoxBase<?>
                || labeled.getStyleClass().contains(UiStyles.REFERENCE)
                || labeled.getStyleClass().contains(UiStyles.NEVER_CUT);
    }

    /** The text the skin draws, or null before it has a skin. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** The label's text as drawn whole: without the underscore that marks a mnemonic. */
    private static String wholeText(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isMnemonicParsing()) {
            return text;
        }
        int mark = text.indexOf('_');
        while (mark >= 0 && mark + 1 < text.length() && text.charAt(mark + 1) == '_') {
            mark = text.indexOf('_', mark + 2);
        }
        String withoutMnemonic = mark >= 0 && mark + 1 < text.length()
                ? text.substring(0, mark) + text.substring(mark + 1) : text;
        return withoutMnemonic.replace("__", "_");
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName();
        Node parent = labeled.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return parent == null ? id : "#" + parent.getId() + " " + id;
    }
}
