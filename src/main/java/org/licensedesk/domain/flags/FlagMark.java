package org.licensedesk.domain.flags;

import java.util.List;
import java.util.Objects;

/**
 * What the queue shows of an application's open flags (issue 13): the worst colour (red before amber before blue),
 * whether one blocks the approval, and each open flag's colour, subject and reason for the tooltip. Read with the
 * queue's rows in the same query, so a page costs no query per row.
 *
 * @param worst    the worst colour among the open flags; null when none is open
 * @param blocking an open flag of a blocking rule still in force stops the approval
 * @param open     the open flags, oldest first
 */
public record FlagMark(FlagColour worst, boolean blocking, List<OpenFlag> open) {
    /** No open flag. */
    public static final FlagMark NONE = new FlagMark(null, false, List.of());

    /** One open flag as the queue's tooltip lists it. */
    public record OpenFlag(FlagColour colour, FlagSubject subject, boolean blocks, String reason) {
        public OpenFlag {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public FlagMark {
        open = List.copyOf(open);
    }

    /** The mark of these open flags: their worst colour, and whether any blocks. */
    public static FlagMark of(List<OpenFlag> open) {
        if (open.isEmpty()) {
            return NONE;
        }
        FlagColour worst = null;
        boolean blocking = false;
        for (OpenFlag flag : open) {
            // FlagColour lists red, amber, blue: a lower ordinal is louder.
            if (worst == null || flag.colour().ordinal() < worst.ordinal()) {
                worst = flag.colour();
            }
            blocking |= flag.blocks();
        }
        return new FlagMark(worst, blocking, open);
    }

    public boolean flagged() {
        return !open.isEmpty();
    }

    /**
     * Louder first: a blocking flag, then red, amber, blue, then none; the queue's sort on its flag column.
     */
    public int loudness() {
        if (worst == null) {
            return 0;
        }
        return (blocking ? 10 : 0) + FlagColour.values().length - worst.ordinal();
    }
}
