package org.licensedesk.ui.dashboard;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.licensedesk.dashboard.Trace;

/**
 * The nodes charts draw for their bars and points, made to trace to their applications: a click, or Enter or Space
 * on a focused one, opens them. Bars of zero are not focus stops, so Tab passes only what can be seen.
 */
final class PointNodes {
    private final Consumer<Trace> open;

    PointNodes(Consumer<Trace> open) {
        this.open = open;
    }

    /** A bar or symbol that opens {@code trace}; {@code text} is its tooltip and what screen readers say. */
    Node node(String text, Trace trace, boolean visible) {
        StackPane node = new StackPane();
        node.setUserData(trace);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setAccessibleText(text);
        node.setFocusTraversable(visible);
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(node, tooltip);
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                node.requestFocus();
                open.accept(trace);
            }
        });
        node.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open.accept(trace);
                event.consume();
            }
        });
        return node;
    }
}
