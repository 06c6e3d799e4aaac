package org.licensedesk.domain.history;

/** The order of the decision history: by seq, which is the order the entries were made in. */
public enum HistorySort {
    NEWEST_FIRST,
    OLDEST_FIRST
}
