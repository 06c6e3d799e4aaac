package org.licensedesk.ui.dashboard;

import java.util.List;
import org.licensedesk.domain.QueueRow;

/**
 * The applications a dashboard figure counts, to be shown as applications.
 *
 * @param title says what the figure counts and how many, such as "Open applications, over 45 working days (44)"
 */
public record ApplicationList(String title, List<QueueRow> rows) {
    public ApplicationList {
        rows = List.copyOf(rows);
    }
}
