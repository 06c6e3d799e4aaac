package org.licensedesk.ui.queue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.QueueRow;

/**
 * A long open queue for the paged view-model tests: ten applications received a day from 5 Jan 2026 (so pages cut
 * through equal receipt dates), every 7th applicant a "Ganzhou Magnet", all under review.
 */
final class TenADayRows {
    private TenADayRows() {
    }

    /** Rows 1..count, oldest first; {@code assignee} gives row i's assignee (null: unassigned). */
    static List<QueueRow> of(int count, IntFunction<String> assignee) {
        List<QueueRow> rows = new ArrayList<>(count);
        LocalDate first = LocalDate.of(2026, 1, 5);
        for (int i = 1; i <= count; i++) {
            LocalDate received = first.plusDays((i - 1) / 10);
            rows.add(new QueueRow(reference(i), i % 7 == 0 ? "Ganzhou Magnet " + i : "Baotou Rare Earth " + i,
                    "Dy", "1C904.a", "Siemens", "DE", BigDecimal.ONE, BigDecimal.TEN, received,
                    ApplicationStatus.UNDER_REVIEW, assignee.apply(i), new Deadline(received.plusDays(63), 10, false),
                    false));
        }
        return rows;
    }

    static String reference(int i) {
        return String.format("EXP-2026-%06d", i);
    }
}
