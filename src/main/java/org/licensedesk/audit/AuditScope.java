package org.licensedesk.audit;

import java.time.LocalDate;
import java.util.Objects;
import org.licensedesk.domain.AuditEntry;

/**
 * Which entries an audit export holds: all, those in a date range (inclusive, by the entry's UTC date),
 * one application's or one actor's. Fields that do not belong to the kind are null.
 */
public record AuditScope(Kind kind, LocalDate from, LocalDate to, String applicationRef, String actor) {

    /** The names are part of the export format. */
    public enum Kind {
        ALL,
        DATE_RANGE,
        APPLICATION,
        ACTOR
    }

    public AuditScope {
        Objects.requireNonNull(kind, "kind");
        boolean dates = from != null || to != null;
        switch (kind) {
            case ALL:
                require(!dates && applicationRef == null && actor == null, "A scope of all entries takes no filter");
                break;
            case DATE_RANGE:
                require(dates && applicationRef == null && actor == null,
                        "A date range needs a first or a last day, and nothing else");
                require(from == null || to == null || !from.isAfter(to),
                        "A date range's first day " + from + " is after its last day " + to);
                break;
            case APPLICATION:
                require(!dates && actor == null && applicationRef != null && !applicationRef.isBlank(),
                        "An application's scope needs its reference, and nothing else");
                break;
            case ACTOR:
                require(!dates && applicationRef == null && actor != null && !actor.isBlank(),
                        "An actor's scope needs a username, and nothing else");
                break;
            default:
                throw new IllegalArgumentException("Unknown scope " + kind);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static AuditScope all() {
        return new AuditScope(Kind.ALL, null, null, null, null);
    }

    /** Entries dated from {@code from} to {@code to}, both inclusive, in UTC; either bound may be null (open). */
    public static AuditScope dateRange(LocalDate from, LocalDate to) {
        return new AuditScope(Kind.DATE_RANGE, from, to, null, null);
    }

    public static AuditScope application(String reference) {
        return new AuditScope(Kind.APPLICATION, null, null, reference, null);
    }

    public static AuditScope actor(String username) {
        return new AuditScope(Kind.ACTOR, null, null, null, username);
    }

    /** Whether an entry belongs to this scope. */
    public boolean includes(AuditEntry entry) {
        switch (kind) {
            case DATE_RANGE:
                // The at text starts with the UTC date, so comparing the first ten characters compares days.
                String day = entry.at().length() >= 10 ? entry.at().substring(0, 10) : entry.at();
                return (from == null || day.compareTo(from.toString()) >= 0)
                        && (to == null || day.compareTo(to.toString()) <= 0);
            case APPLICATION:
                return applicationRef.equals(entry.applicationRef());
            case ACTOR:
                return actor.equals(entry.actor());
            default:
                return true;
        }
    }

    /** The scope in words, for the note of the export's audit entry. */
    public String describe() {
        switch (kind) {
            case DATE_RANGE:
                if (from == null) {
                    return "entries up to " + to;
                }
                return to == null ? "entries from " + from : "entries from " + from + " to " + to;
            case APPLICATION:
                return "entries of application " + applicationRef;
            case ACTOR:
                return "entries by " + actor;
            default:
                return "all entries";
        }
    }
}
