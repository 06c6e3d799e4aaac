package org.licensedesk.queue;

/**
 * The queue's one-key views (Ctrl+1 to Ctrl+5), in that order, each counted by the database within the chosen
 * statuses: see {@link QueueService#inbox}.
 */
public enum Inbox {
    MINE,
    UNASSIGNED,
    TO_COUNTERSIGN,
    PAST_DEADLINE,
    ALL_OPEN
}
