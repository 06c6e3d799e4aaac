package org.licensedesk.ui.workflow;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Tabbing through a long form scrolls the field that gets the focus into view. */
final class FocusInView {
    private FocusInView() {
    }

    /**
     * Follows the focus in the scene the scroll pane is shown in, whenever it lands inside {@code content}; stops
     * following when the pane leaves the scene (a docked pane that closes).
     */
    static void follow(ScrollPane scroll, Region content) {
        ChangeListener<Node> focus = (observable, was, owner) -> {
            if (owner != null && isInside(owner, content)) {
                scrollTo(scroll, content, owner);
            }
        };
        scroll.sceneProperty().addListener((observable, before, scene) -> {
            if (before != null) {
                before.focusOwnerProperty().removeListener(focus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focus);
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    static void scrollTo(ScrollPane scroll, Region content, Node node) {
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double viewport = scroll.getViewportBounds().getHeight();
        // A little of what comes before and after shows too: the factor's name above its rating, the problem below.
        double margin = 28;
        if (bounds.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (bounds.getMinY() - margin) / hidden));
        } else if (bounds.getMaxY() + margin > top + viewport) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() + margin - viewport) / hidden));
        }
    }
}
