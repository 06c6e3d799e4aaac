package org.licensedesk.domain.flags;

import java.time.Instant;
import java.util.Objects;

/**
 * A flag a rule raised on an application or one of its parties: raised once per rule and subject, shown until an
 * official the rule allows clears it with a note. Its colour, blocking and clearer are the rule's as it stands now.
 *
 * @param raisedBy the official whose action raised it (the import, the workflow action, the rule's addition)
 */
public record Flag(long id, String reference, FlagSubject subject, FlagRule rule, Instant raisedAt, String raisedBy,
        Instant clearedAt, String clearedBy, String clearNote) {

    public Flag {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(raisedBy, "raisedBy");
    }

    public boolean open() {
        return clearedAt == null;
    }

    /** Whether it stops an approval now: open, and its rule blocks and is still in force. */
    public boolean blocks() {
        return open() && rule.blocking() && rule.active();
    }

    /** "on the end user" and the like, for sentences. */
    public String subjectText() {
        return switch (subject) {
            case APPLICATION -> "on the application";
            case APPLICANT -> "on the applicant";
            case CONSIGNEE -> "on the consignee";
            case END_USER -> "on the end user";
        };
    }
}
