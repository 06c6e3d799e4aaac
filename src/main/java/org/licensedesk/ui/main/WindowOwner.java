package org.licensedesk.ui.main;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;

/** The window a node is shown in, for dialogs built before the window exists; null while it is not shown. */
final class WindowOwner implements Supplier<Window> {
    private Node node;

    void attach(Node shownNode) {
        this.node = shownNode;
    }

    @Override
    public Window get() {
        if (node == null || node.getScene() == null) {
            return null;
        }
        Window window = node.getScene().getWindow();
        return window != null && window.isShowing() ? window : null;
    }
}
