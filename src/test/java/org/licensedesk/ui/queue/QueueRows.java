package org.licensedesk.ui.queue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.QueueRow;

/** Queue rows for view-model tests, with only the fields a test cares about varied. */
final class QueueRows {
    private QueueRows() {
    }

    static QueueRow row(String reference, String applicant, String endUser, String country, String controlCode,
            String kg, String usd, int daysLeft, ApplicationStatus status) {
        LocalDate received = LocalDate.of(2026, 10, 1);
        return new QueueRow(reference, applicant, "Dy", controlCode, endUser, country, new BigDecimal(kg),
                new BigDecimal(usd), received, status, null, new Deadline(received.plusDays(63), daysLeft, false), false);
    }

    /** The row with its applicant's name as filed in Chinese. */
    static QueueRow withLocalName(QueueRow row, String local) {
        return new QueueRow(row.reference(), row.applicantName(), row.elements(), row.highestControlCode(),
                row.endUserName(), row.endUserCountry(), row.totalKg(), row.totalValueUsd(), row.receivedOn(),
                row.status(), row.assignee(), row.deadline(), row.incomplete(), row.countersignStage(), row.flags(),
                local);
    }
}
