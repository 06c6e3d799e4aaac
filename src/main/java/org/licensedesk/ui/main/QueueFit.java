package org.licensedesk.ui.main;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import org.licensedesk.ui.queue.QueueView;

/**
 * Gives the queue the width its shown columns need, so that at 1440×900 reference, days left, status, assignee and
 * applicant are all on screen, while the details keep at least {@value #DETAILS_MIN_WIDTH} px (all their tabs in one
 * row). Fitted again when the
 * window's width or the columns change, until the user drags the divider; never while the assessment pane is docked
 * (it narrows the queue on purpose).
 */
final class QueueFit {
    static final double DETAILS_MIN_WIDTH = 720;
    /** The queue never gets less than this share, whatever the details would like. */
    private static final double QUEUE_MIN_SHARE = 0.3;

    private final SplitPane split;
    private final QueueView queue;
    private final BooleanSupplier assessing;
    private boolean userMoved;

    private QueueFit(SplitPane split, QueueView queue, BooleanSupplier assessing) {
        this.split = split;
        this.queue = queue;
        this.assessing = assessing;
    }

    static void keep(SplitPane split, QueueView queue, BooleanSupplier assessing) {
        QueueFit fit = new QueueFit(split, queue, assessing);
        split.widthProperty().addListener((observable, before, after) -> fit.fit());
        queue.whenColumnsChange(fit::fit);
        // A drag on the divider is the user's choice: from then on the divider stays where they put it.
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getTarget() instanceof Node node && isDivider(node)) {
                fit.userMoved = true;
            }
        });
    }

    private static boolean isDivider(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void fit() {
        double total = split.getWidth();
        if (userMoved || assessing.getAsBoolean() || total <= 0) {
            return;
        }
        double wanted = Math.min(queue.widthShowingColumns(), total - DETAILS_MIN_WIDTH);
        split.setDividerPositions(Math.max(QUEUE_MIN_SHARE, wanted / total));
    }
}
