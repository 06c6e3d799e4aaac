package org.licensedesk.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;

/**
 * Which entries an audit export holds: all, those in a date range (inclusive, by the entry's UTC date),
 * one application's or one actor's, or those a history filter shows (its days counted in {@code zone}).
 * Fields that do not belong to the kind are null; a filter's scope repeats its days and actor in from, to and
 * actor, so readers of the first four kinds understand that much of it.
 */
public record AuditScope(Kind kind, LocalDate from, LocalDate to, String applicationRef, String actor,
        HistoryFilter filter, ZoneId zone) {

    /** The names are part of the export format. */
    public enum Kind {
        ALL,
        DATE_RANGE,
        APPLICATION,
        ACTOR,
        FILTER
    }

    public AuditScope(Kind kind, LocalDate from, LocalDate to, String applicationRef, String actor) {
        this(kind, from, to, applicationRef, actor, null, null);
    }

    public AuditScope {
        Objects.requireNonNull(kind, "kind");
        require(kind == Kind.FILTER ? filter != null && zone != null : filter == null && zone == null,
                "Only a filter's scope, and every filter's scope, has a filter and a time zone");
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
            case FILTER:
                require(Objects.equals(from, filter.from()) && Objects.equals(to, filter.to())
                        && applicationRef == null && Objects.equals(actor, filter.actor()),
                        "A filter's scope repeats the filter's days and actor, and nothing else");
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

    /** The entries a history filter shows, its days counted in the desk's {@code zone}. */
    public static AuditScope filter(HistoryFilter filter, ZoneId zone) {
        return new AuditScope(Kind.FILTER, filter.from(), filter.to(), null, filter.actor(), filter, zone);
    }

    /**
     * Whether an entry belongs to this scope. Of a filter, only the parts an entry shows by itself are checked;
     * the application's parts (outcome, element, ...) need the database that wrote the file.
     */
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
            case FILTER:
                return filter.admitsEntry(entry, zone);
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
            case FILTER:
                return describeFilter();
            default:
                return "all entries";
        }
    }

    private String describeFilter() {
        List<String> parts = new ArrayList<>();
        if (from != null || to != null) {
            parts.add("days " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to) + " (" + zone + ")");
        }
        add(parts, "actor ", filter.actor());
        if (!filter.actions().isEmpty()) {
            parts.add("actions " + filter.actions().stream().map(Enum::name).sorted().toList());
        }
        add(parts, "outcome ", filter.outcome() == null ? null : filter.outcome().name());
        add(parts, "element ", filter.elementSymbol());
        add(parts, "control code ", filter.controlCode());
        add(parts, "end user in ", filter.endUserCountry());
        add(parts, "applicant ", filter.applicant());
        add(parts, "note containing ", filter.noteText());
        if (!filter.references().isEmpty()) {
            parts.add(filter.references().size() + " applications");
        }
        return parts.isEmpty() ? "all entries (history filter)" : "entries with " + String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (HistoryFilter.present(value)) {
            parts.add(label + value.strip());
        }
    }
}
