package org.licensedesk.domain;

/**
 * Where a page of the queue ends, in the queue's order (received, then reference): the next page starts
 * strictly after it (keyset paging, so a page costs the same at row 10 and at row 900,000).
 */
public record QueueKey(java.time.LocalDate receivedOn, String reference) {
    public static QueueKey of(QueueRow row) {
        return new QueueKey(row.receivedOn(), row.reference());
    }
}
