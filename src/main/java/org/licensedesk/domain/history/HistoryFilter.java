package org.licensedesk.domain.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;

/**
 * What a supervisor asks of the decision history: every part is optional (null or empty means "any"), and the parts
 * combine with AND. The History view, its exports and the dashboards' click-through all speak this filter.
 *
 * @param from           first day (inclusive) of the entry's time, in the desk's time zone
 * @param to             last day (inclusive)
 * @param actor          username of whoever made the entry
 * @param actions        entry actions to show
 * @param outcome        the application's current final status (APPROVED, DENIED, RETURNED, WITHDRAWN)
 * @param elementSymbol  an item of the application is of this element ("Dy", "Tb", ...)
 * @param controlCode    an item's control code starts with this ("1C905" or "1C905.b")
 * @param endUserCountry ISO 3166-1 alpha-2 country of the end user
 * @param applicant      part of the applicant's name (Latin or Chinese) or its USCC
 * @param noteText       part of the entry's note, case-insensitive, whose words each begin a word of the note
 *                       ({@link NoteWords}): "end-us" finds "end-user", "ser" does not find "user"
 * @param references     only entries of these applications (the dashboards' numbers trace to these)
 */
public record HistoryFilter(
        LocalDate from,
        LocalDate to,
        String actor,
        Set<AuditAction> actions,
        ApplicationStatus outcome,
        String elementSymbol,
        String controlCode,
        String endUserCountry,
        String applicant,
        String noteText,
        Set<String> references) {

    public static final HistoryFilter ANY =
            new HistoryFilter(null, null, null, Set.of(), null, null, null, null, null, null, Set.of());

    public HistoryFilter {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        references = references == null ? Set.of() : Set.copyOf(references);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The last day " + to + " is before the first day " + from);
        }
        Objects.requireNonNull(actions);
    }

    public HistoryFilter withDays(LocalDate first, LocalDate last) {
        return new HistoryFilter(first, last, actor, actions, outcome, elementSymbol, controlCode, endUserCountry,
                applicant, noteText, references);
    }

    public HistoryFilter withActions(Set<AuditAction> chosen) {
        return new HistoryFilter(from, to, actor, chosen, outcome, elementSymbol, controlCode, endUserCountry,
                applicant, noteText, references);
    }

    public HistoryFilter withOutcome(ApplicationStatus status) {
        return new HistoryFilter(from, to, actor, actions, status, elementSymbol, controlCode, endUserCountry,
                applicant, noteText, references);
    }

    public HistoryFilter withReferences(Set<String> applications) {
        return new HistoryFilter(from, to, actor, actions, outcome, elementSymbol, controlCode, endUserCountry,
                applicant, noteText, applications);
    }

    public HistoryFilter withActor(String username) {
        return new HistoryFilter(from, to, username, actions, outcome, elementSymbol, controlCode, endUserCountry,
                applicant, noteText, references);
    }

    public HistoryFilter withNoteText(String text) {
        return new HistoryFilter(from, to, actor, actions, outcome, elementSymbol, controlCode, endUserCountry,
                applicant, text, references);
    }

    /** Whether any part needs the application behind an entry (its status, items, end user or applicant). */
    public boolean concernsApplications() {
        return outcome != null || present(elementSymbol) || present(controlCode) || present(endUserCountry)
                || present(applicant);
    }

    /**
     * Whether an entry passes the parts that can be judged from the entry alone (days in {@code zone}, actor,
     * actions, note text, references); the application's parts need the database.
     */
    public boolean admitsEntry(AuditEntry entry, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(Instant.parse(entry.at()), zone);
        return (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (!present(actor) || actor.strip().equals(entry.actor()))
                && (actions.isEmpty() || actions.stream().anyMatch(a -> a.name().equals(entry.action())))
                && (!present(noteText) || entry.note().toLowerCase(Locale.ROOT)
                        .contains(noteText.strip().toLowerCase(Locale.ROOT)) && NoteWords.beginWords(noteText,
                        entry.note()))
                && (references.isEmpty()
                        || entry.applicationRef() != null && references.contains(entry.applicationRef()));
    }

    /** Non-null and not blank: blank text parts mean "any", as in the filter bar. */
    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
