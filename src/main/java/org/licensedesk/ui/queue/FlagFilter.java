package org.licensedesk.ui.queue;

import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.flags.FlagMark;

/** The queue's choice by risk flag (issue 13): every application, only flagged ones, or only those a flag blocks. */
public enum FlagFilter {
    ALL(null),
    FLAGGED(QueueQuery.Flagged.OPEN),
    BLOCKING(QueueQuery.Flagged.BLOCKING);

    private final QueueQuery.Flagged flagged;

    FlagFilter(QueueQuery.Flagged flagged) {
        this.flagged = flagged;
    }

    /** What the database's queue query asks for (a paged queue); null for every application. */
    public QueueQuery.Flagged flagged() {
        return flagged;
    }

    /** Whether a row with these open flags stays (a queue held whole filters in memory, as the query would). */
    public boolean keeps(FlagMark flags) {
        return switch (this) {
            case ALL -> true;
            case FLAGGED -> flags.flagged();
            case BLOCKING -> flags.blocking();
        };
    }

    /** The next choice, round: what Ctrl+Shift+F does. */
    public FlagFilter next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
