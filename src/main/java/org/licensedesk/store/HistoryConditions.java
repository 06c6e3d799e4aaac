package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.NoteWords;

/**
 * A history filter as SQL conditions with their parameters: those on the audit entry itself ({@code e}) and
 * those on the application behind it ({@code a}), which the repository joins in one of two ways.
 */
final class HistoryConditions {
    private final List<String> entry = new ArrayList<>();
    private final List<Object> entryParameters = new ArrayList<>();
    private final List<String> application = new ArrayList<>();
    private final List<Object> applicationParameters = new ArrayList<>();
    private final String atFrom;
    private final String atBefore;
    private final List<String> noteWords;
    private final List<String> noteGlue;
    // The applicant's text as a condition on the applicant table, until resolveApplicants turns it into ids.
    private String applicantCondition;
    private List<Object> applicantParameters = List.of();
    // The same application parts as facts of each entry (history_fact, V58), for when those are filled.
    private final List<Fact> facts = new ArrayList<>();
    // The control code's prefix, until resolveCodes turns it into the codes it begins.
    private String codePrefix;

    HistoryConditions(HistoryFilter filter, ZoneId zone) {
        atFrom = filter.from() == null ? null : at(filter.from(), zone);
        atBefore = filter.to() == null ? null : at(filter.to().plusDays(1), zone);
        if (atFrom != null) {
            addEntry("e.at >= ?", atFrom);
        }
        if (atBefore != null) {
            addEntry("e.at < ?", atBefore);
        }
        if (HistoryFilter.present(filter.actor())) {
            addEntry("e.actor = ?", filter.actor().strip());
        }
        noteWords = HistoryFilter.present(filter.noteText()) ? NoteWords.of(filter.noteText()) : List.of();
        noteGlue = HistoryFilter.present(filter.noteText()) ? NoteWords.glued(filter.noteText().strip()) : List.of();
        if (HistoryFilter.present(filter.noteText())) {
            // The words' index finds the candidates; the note itself still has to hold the whole typed text.
            addEntry("LOWER(e.note) LIKE ? ESCAPE '\\'",
                    "%" + escapeLike(filter.noteText().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!filter.references().isEmpty()) {
            entry.add("e.application_ref IN (" + marks(filter.references().size()) + ")");
            entryParameters.addAll(filter.references().stream().sorted().collect(Collectors.toList()));
        }
        if (filter.outcome() != null) {
            addApplication("a.status = ?", filter.outcome().name());
            facts.add(Fact.equal(HistoryFactIndex.STATUS, filter.outcome().name()));
        }
        if (HistoryFilter.present(filter.elementSymbol())) {
            addApplication("EXISTS (SELECT 1 FROM item i WHERE i.application_id = a.id AND i.element_symbol = ?)",
                    filter.elementSymbol().strip());
            facts.add(Fact.equal(HistoryFactIndex.ELEMENT, filter.elementSymbol().strip()));
        }
        if (HistoryFilter.present(filter.controlCode())) {
            addApplication("EXISTS (SELECT 1 FROM item i WHERE i.application_id = a.id "
                    + "AND i.control_code LIKE ? ESCAPE '\\')", escapeLike(filter.controlCode().strip()) + "%");
            codePrefix = filter.controlCode().strip();
        }
        if (HistoryFilter.present(filter.endUserCountry())) {
            addApplication("a.end_user_country = ?", filter.endUserCountry().strip().toUpperCase(Locale.ROOT));
            facts.add(Fact.equal(HistoryFactIndex.COUNTRY, filter.endUserCountry().strip().toUpperCase(Locale.ROOT)));
        }
        if (HistoryFilter.present(filter.applicant())) {
            String text = filter.applicant().strip();
            String contains = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
            applicantCondition = "LOWER(p.name) LIKE ? ESCAPE '\\' OR p.name_local LIKE ? ESCAPE '\\' OR p.uscc = ?";
            applicantParameters = List.of(contains, "%" + escapeLike(text) + "%", text.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Turns the control code's prefix into the control list's codes that begin with it: every item's code is one of
     * them (item_control_code_fk), so the entries whose application has an item with one of these codes are exactly
     * those the prefix names. The list is small (one row per code).
     */
    void resolveCodes(Connection connection) throws SQLException {
        if (codePrefix == null) {
            return;
        }
        List<String> codes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code FROM control_list_entry WHERE code LIKE ? ESCAPE '\\' ORDER BY code")) {
            query.setString(1, escapeLike(codePrefix) + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        codePrefix = null;
        facts.add(new Fact(HistoryFactIndex.CODE, codes));
    }

    /**
     * Turns the applicant's text into the ids of the applicants it names, read once from the small applicant table:
     * a subquery in the condition would be evaluated again for every entry the walk passes.
     */
    void resolveApplicants(Connection connection) throws SQLException {
        if (applicantCondition == null) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT p.id FROM applicant p WHERE " + applicantCondition + " ORDER BY p.id")) {
            for (int i = 0; i < applicantParameters.size(); i++) {
                query.setObject(i + 1, applicantParameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        applicantCondition = null;
        if (ids.isEmpty()) {
            application.add("1 = 0");
        } else {
            application.add("a.applicant_id IN (" + marks(ids.size()) + ")");
            applicationParameters.addAll(ids);
        }
        facts.add(new Fact(HistoryFactIndex.APPLICANT, ids.stream().map(String::valueOf).toList()));
    }

    /** One application part as a condition on an entry's facts: the entry has a fact of this kind among values. */
    record Fact(String kind, List<String> values) {
        static Fact equal(String kind, String value) {
            return new Fact(kind, List.of(value));
        }

        /**
         * The condition on the entry (or fact row) aliased {@code alias}; appends its parameters. On H2 it names
         * the (seq, kind, fact) index, which H2 would otherwise pass over for the key's (kind, fact) range.
         */
        String condition(String alias, boolean h2, List<Object> parameters) {
            if (values.isEmpty()) {
                return "1 = 0";
            }
            parameters.add(kind);
            parameters.addAll(values);
            return "EXISTS (SELECT 1 FROM history_fact f " + (h2 ? "USE INDEX (history_fact_seq_ix) " : "")
                    + "WHERE f.seq = " + alias + ".seq AND f.kind = ? AND "
                    + (values.size() == 1 ? "f.fact = ?)" : "f.fact IN (" + marks(values.size()) + "))");
        }
    }

    /**
     * Turns the outcome's status fact into the action-and-status facts of the filter's actions (V64): the entries of
     * one of {@code actions} whose application has the outcome are exactly those with one of these facts, and they
     * are one walk along the key however rarely the action and the outcome meet. Call only once those facts are
     * filled; nothing changes without an outcome.
     */
    void combineActionsAndOutcome(Set<String> actions) {
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact.kind().equals(HistoryFactIndex.STATUS) && !actions.isEmpty()) {
                String status = fact.values().get(0);
                facts.set(i, new Fact(HistoryFactIndex.ACTION_STATUS, actions.stream().sorted()
                        .map(action -> HistoryFactIndex.actionStatus(action, status)).toList()));
            }
        }
    }

    /** The application's parts as facts; complete once {@link #resolveApplicants} and {@link #resolveCodes} ran. */
    List<Fact> facts() {
        return facts;
    }

    /** The start of a day in the desk's zone, as the at column writes instants. */
    static String at(LocalDate day, ZoneId zone) {
        return AuditRepository.AT_FORMAT.format(day.atStartOfDay(zone).toInstant());
    }

    private void addEntry(String condition, Object parameter) {
        entry.add(condition);
        entryParameters.add(parameter);
    }

    private void addApplication(String condition, Object parameter) {
        application.add(condition);
        applicationParameters.add(parameter);
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The typed note text's words ({@link NoteWords}), each of which must begin a word of the entry's note. */
    List<String> noteWords() {
        return noteWords;
    }

    /** The typed note text's glued word starts ({@link NoteWords#glued}), each of which begins one of the note's. */
    List<String> noteGlue() {
        return noteGlue;
    }

    boolean hasPeriod() {
        return atFrom != null || atBefore != null;
    }

    String atFrom() {
        return atFrom;
    }

    String atBefore() {
        return atBefore;
    }

    boolean concernsApplications() {
        return !application.isEmpty() || applicantCondition != null;
    }

    /** Whether the entry itself has conditions (days, actor, note, references), beyond the application's parts. */
    boolean concernsEntries() {
        return !entry.isEmpty();
    }

    /** The entry's own conditions joined with AND ("1 = 1" when none). */
    String entryCondition() {
        return entry.isEmpty() ? "1 = 1" : String.join(" AND ", entry);
    }

    /** The application's conditions, on alias {@code a}. */
    String applicationCondition() {
        return String.join(" AND ", application);
    }

    List<Object> entryParameters() {
        return entryParameters;
    }

    List<Object> applicationParameters() {
        return applicationParameters;
    }
}
