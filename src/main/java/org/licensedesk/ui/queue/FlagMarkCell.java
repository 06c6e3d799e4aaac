package org.licensedesk.ui.queue;

import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.flags.FlagMark;
import org.licensedesk.ui.CellIcon;
import org.licensedesk.ui.HoverTooltip;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.flags.FlagStyles;
import org.licensedesk.ui.flags.FlagTexts;

/**
 * The queue's risk-flag column (issue 13): a flag in the colour of the worst open flag, a stop sign instead when one
 * blocks the approval, and the open flags' reasons as its tooltip and for screen readers. Empty without open flags.
 */
final class FlagMarkCell extends TableCell<QueueRow, FlagMark> {
    static final String FLAG_ICON = "mdi2f-flag-variant";
    static final String BLOCKING_ICON = "mdi2o-octagon";
    /** The icon's size; the column is this plus the cell's narrow padding (licensedesk.css, .queue-flag-cell). */
    static final int ICON_SIZE = 14;

    private final Messages messages;
    private final CellIcon flag = new CellIcon(FLAG_ICON, ICON_SIZE);
    private final CellIcon blocking = new CellIcon(BLOCKING_ICON, ICON_SIZE);
    private final HoverTooltip tooltip = new HoverTooltip(this, made -> {
        made.setWrapText(true);
        made.setMaxWidth(480);
    });

    FlagMarkCell(Messages messages) {
        this.messages = messages;
        getStyleClass().add(UiStyles.QUEUE_FLAG_CELL);
    }

    @Override
    protected void updateItem(FlagMark mark, boolean empty) {
        super.updateItem(mark, empty);
        getStyleClass().removeAll(FlagStyles.ALL);
        setText(null);
        if (empty || mark == null || !mark.flagged()) {
            setGraphic(null);
            tooltip.show(null);
            setAccessibleText(null);
            return;
        }
        getStyleClass().add(FlagStyles.of(mark.worst()));
        FontIcon shown = (mark.blocking() ? blocking : flag).get();
        shown.setId(mark.blocking() ? "queueFlagBlocking" : "queueFlag");
        setGraphic(shown);
        String text = FlagTexts.describe(messages, mark);
        tooltip.show(text);
        setAccessibleText(text);
    }
}
