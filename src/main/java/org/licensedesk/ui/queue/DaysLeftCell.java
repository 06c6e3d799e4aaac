package org.licensedesk.ui.queue;

import java.util.function.Predicate;
import javafx.scene.control.TableCell;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.NoStatutoryLimit;
import org.licensedesk.ui.HoverTooltip;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * Working days left to the decision deadline, coloured by how close it is. A provisional count (a year the
 * official calendar does not cover yet) gets an asterisk and a tooltip saying so. Only a row that is still open is
 * coloured: a decided application past its old deadline is not red.
 */
public final class DaysLeftCell<S> extends TableCell<S, Deadline> {
    private final Messages messages;
    private final HoverTooltip tooltip = new HoverTooltip(this);

    private final Predicate<S> open;

    /** For tables that list open applications only. */
    public DaysLeftCell(Messages messages) {
        this(messages, row -> true);
    }

    /** For tables that list decided applications too: {@code open} says which rows still need work. */
    public DaysLeftCell(Messages messages, Predicate<S> open) {
        this.messages = messages;
        this.open = open;
        getStyleClass().add(UiStyles.NUMERIC);
    }

    @Override
    protected void updateItem(Deadline deadline, boolean empty) {
        super.updateItem(deadline, empty);
        getStyleClass().removeAll(UiStyles.DEADLINE_CLASSES);
        if (empty || deadline == null) {
            setText(null);
            tooltip.show(null);
            return;
        }
        S row = getTableRow() == null ? null : getTableRow().getItem();
        getStyleClass().add(UiStyles.deadline(deadline, row == null || open.test(row)));
        if (deadline.noStatutoryLimit()) {
            // Referred to the State Council (Art. 17(2)) or a watch-list party (Art. 26): no days to count down.
            setText(messages.get("clockStop.noLimit.short"));
            tooltip.show(messages.get(deadline.limitLifted() == NoStatutoryLimit.WATCH_LIST
                    ? "watchList.noLimit.tooltip" : "clockStop.noLimit.tooltip"));
            return;
        }
        String days = Integer.toString(deadline.workingDaysLeft());
        setText(deadline.provisional() ? days + "*" : days);
        tooltip.show(deadline.provisional()
                ? messages.format("queue.daysLeft.provisional", deadline.date().toString())
                : messages.format("queue.daysLeft.tooltip", deadline.date().toString()));
    }
}
