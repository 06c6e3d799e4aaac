package org.licensedesk.queue;

import java.util.Comparator;
import java.util.function.Function;
import org.licensedesk.domain.QueueRow;

/** The queue's columns as sort keys: numbers sort as numbers, dates as dates, names ignoring case. */
public enum QueueField {
    REFERENCE(text(QueueRow::reference)),
    APPLICANT(text(QueueRow::applicantName)),
    ELEMENTS(text(QueueRow::elements)),
    CONTROL_CODE(text(QueueRow::highestControlCode)),
    COUNTRY(text(QueueRow::endUserCountry)),
    QUANTITY(natural(QueueRow::totalKg)),
    VALUE(natural(QueueRow::totalValueUsd)),
    RECEIVED(natural(QueueRow::receivedOn)),
    DAYS_LEFT(natural(row -> row.deadline() == null ? null : row.deadline().workingDaysLeft())),
    STATUS(natural(QueueRow::status)),
    ASSIGNEE(text(QueueRow::assignee)),
    /** Risk flags (issue 13), loudest first: blocking, then red, amber, blue, then none. */
    FLAGS(Comparator.comparingInt(row -> -row.flags().loudness()));

    private final Comparator<QueueRow> ascending;

    QueueField(Comparator<QueueRow> ascending) {
        this.ascending = ascending;
    }

    public Comparator<QueueRow> ascending() {
        return ascending;
    }

    private static Comparator<QueueRow> text(Function<QueueRow, String> field) {
        return Comparator.comparing(field, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
    }

    private static <T extends Comparable<? super T>> Comparator<QueueRow> natural(Function<QueueRow, T> field) {
        return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
