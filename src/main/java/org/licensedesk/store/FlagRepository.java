package org.licensedesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagFacts;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import org.licensedesk.domain.flags.FlagSubject;

/** Flag rules and the flags they raised (tables {@code flag_rule}, {@code application_flag}, migration V57). */
public final class FlagRepository {
    private static final int CHUNK = 500;
    private static final String RULE_COLUMNS =
            "r.id, r.kind, r.parameter, r.colour, r.blocking, r.clearer_role, r.not_by_raiser, r.reason, r.active";
    private static final String FLAG_SELECT = "SELECT f.id, a.reference, f.subject, f.raised_at, f.raised_by, "
            + "f.cleared_at, f.cleared_by, f.clear_note, " + RULE_COLUMNS
            + " FROM application_flag f JOIN flag_rule r ON r.id = f.rule_id"
            + " JOIN licence_application a ON a.id = f.application_id ";

    /** Every rule, removed ones too, by number. */
    public List<FlagRule> rules(Transaction transaction) {
        return transaction.sql(connection -> {
            List<FlagRule> rules = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + RULE_COLUMNS + " FROM flag_rule r ORDER BY r.id");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rules.add(rule(row, 1));
                }
            }
            return rules;
        });
    }

    public Optional<FlagRule> rule(Transaction transaction, long id) {
        return rules(transaction).stream().filter(rule -> rule.id() == id).findFirst();
    }

    /** Stores a new rule; returns it with its number. */
    public FlagRule insertRule(Transaction transaction, FlagRule rule) {
        return transaction.sql(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO flag_rule (kind, parameter, "
                    + "colour, blocking, clearer_role, not_by_raiser, reason, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindRule(insert, rule);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return rule.withId(keys.getLong(1));
                }
            }
        });
    }

    /** Replaces a stored rule's fields (all but its number). */
    public void updateRule(Transaction transaction, FlagRule rule) {
        transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE flag_rule SET kind = ?, "
                    + "parameter = ?, colour = ?, blocking = ?, clearer_role = ?, not_by_raiser = ?, reason = ?, "
                    + "active = ? WHERE id = ?")) {
                bindRule(update, rule);
                update.setLong(9, rule.id());
                return update.executeUpdate();
            }
        });
    }

    private static void bindRule(PreparedStatement statement, FlagRule rule) throws SQLException {
        statement.setString(1, rule.kind().name());
        statement.setString(2, rule.parameter());
        statement.setString(3, rule.colour().name());
        statement.setBoolean(4, rule.blocking());
        statement.setString(5, rule.clearer().name());
        statement.setBoolean(6, rule.notByRaiser());
        statement.setString(7, rule.reason());
        statement.setBoolean(8, rule.active());
    }

    private static FlagRule rule(ResultSet row, int first) throws SQLException {
        return new FlagRule(row.getLong(first), FlagRuleKind.valueOf(row.getString(first + 1)),
                row.getString(first + 2), FlagColour.valueOf(row.getString(first + 3)), row.getBoolean(first + 4),
                UserRole.valueOf(row.getString(first + 5)), row.getBoolean(first + 6), row.getString(first + 7),
                row.getBoolean(first + 8));
    }

    /** The references of the applications in these statuses, oldest first. */
    public List<String> references(Transaction transaction, Set<ApplicationStatus> statuses) {
        return transaction.sql(connection -> {
            List<String> references = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT reference FROM licence_application "
                    + "WHERE status IN (" + marks(statuses.size()) + ") ORDER BY received_on, reference")) {
                int i = 1;
                for (ApplicationStatus status : statuses) {
                    query.setString(i++, status.name());
                }
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        references.add(row.getString(1));
                    }
                }
            }
            return references;
        });
    }

    /** What the rules look at on each of these applications (unknown references are left out), in their order. */
    public List<FlagFacts> facts(Transaction transaction, List<String> references) {
        return transaction.sql(connection -> {
            List<FlagFacts> facts = new ArrayList<>(references.size());
            for (int from = 0; from < references.size(); from += CHUNK) {
                facts.addAll(facts(connection, references.subList(from, Math.min(references.size(), from + CHUNK))));
            }
            return facts;
        });
    }

    private static List<FlagFacts> facts(Connection connection, List<String> references) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, reference, licence_type, "
                + "end_user_country, total_kg, total_value_usd FROM licence_application WHERE reference IN ("
                + marks(references.size()) + ")")) {
            for (int i = 0; i < references.size(); i++) {
                query.setString(i + 1, references.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getLong(1), new Object[] {row.getString(2), row.getString(3), row.getString(4),
                            row.getBigDecimal(5), row.getBigDecimal(6)});
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = marks(rows.size());
        Map<Long, Set<String>> codes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT application_id, control_code FROM item WHERE application_id IN (" + ids + ")")) {
            bindIds(query, rows.keySet());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    codes.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getString(2));
                }
            }
        }
        Map<Long, String> consigneeCountries = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT application_id, country FROM party "
                + "WHERE role = 'CONSIGNEE' AND application_id IN (" + ids + ")")) {
            bindIds(query, rows.keySet());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    consigneeCountries.put(row.getLong(1), row.getString(2));
                }
            }
        }
        // A hit disposed of as a false positive raises nothing; an undisposed hit or a true match does.
        Map<Long, List<FlagFacts.PartyHit>> hits = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT h.application_id, h.party_role, h.source, "
                + "h.list_name FROM screening_hit h WHERE h.application_id IN (" + ids + ") AND NOT EXISTS ("
                + "SELECT 1 FROM screening_disposition d WHERE " + ScreeningRepository.DISPOSITION_OF_HIT
                + " AND d.disposition = 'FALSE_POSITIVE')")) {
            bindIds(query, rows.keySet());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    hits.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new FlagFacts.PartyHit(
                            ScreenedParty.valueOf(row.getString(2)), row.getString(3), row.getString(4)));
                }
            }
        }
        List<FlagFacts> facts = new ArrayList<>(rows.size());
        for (Map.Entry<Long, Object[]> entry : rows.entrySet()) {
            Object[] row = entry.getValue();
            facts.add(new FlagFacts((String) row[0], LicenceType.valueOf((String) row[1]), (String) row[2],
                    consigneeCountries.get(entry.getKey()), codes.getOrDefault(entry.getKey(), Set.of()),
                    (BigDecimal) row[3], (BigDecimal) row[4], hits.getOrDefault(entry.getKey(), List.of())));
        }
        return facts;
    }

    /** The flags raised so far (open or cleared) on these applications, as "reference|rule|subject" keys. */
    public Set<String> raisedKeys(Transaction transaction, List<String> references) {
        Set<String> keys = new HashSet<>();
        for (Flag flag : flags(transaction, references)) {
            keys.add(key(flag.reference(), flag.rule().id(), flag.subject()));
        }
        return keys;
    }

    public static String key(String reference, long ruleId, FlagSubject subject) {
        return reference + "|" + ruleId + "|" + subject.name();
    }

    /** Records a raised flag; returns its number. */
    public long insertFlag(Transaction transaction, String reference, long ruleId, FlagSubject subject, Instant at,
                           String by) {
        return transaction.sql(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application_flag "
                    + "(application_id, rule_id, subject, raised_at, raised_by) SELECT id, ?, ?, ?, ? "
                    + "FROM licence_application WHERE reference = ?", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, ruleId);
                insert.setString(2, subject.name());
                insert.setTimestamp(3, Timestamp.from(at));
                insert.setString(4, by);
                insert.setString(5, reference);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Every flag on these applications, open and cleared, oldest first. */
    public List<Flag> flags(Transaction transaction, List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return transaction.sql(connection -> {
            List<Flag> flags = new ArrayList<>();
            for (int from = 0; from < references.size(); from += CHUNK) {
                List<String> chunk = references.subList(from, Math.min(references.size(), from + CHUNK));
                try (PreparedStatement query = connection.prepareStatement(FLAG_SELECT + "WHERE a.reference IN ("
                        + marks(chunk.size()) + ") ORDER BY f.id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            flags.add(flag(row));
                        }
                    }
                }
            }
            return flags;
        });
    }

    public Optional<Flag> flag(Transaction transaction, long id) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(FLAG_SELECT + "WHERE f.id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(flag(row)) : Optional.<Flag>empty();
                }
            }
        });
    }

    /** Clears an open flag; false when it was cleared meanwhile. */
    public boolean clear(Transaction transaction, long id, Instant at, String by, String note) {
        return transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE application_flag SET cleared_at = ?, "
                    + "cleared_by = ?, clear_note = ? WHERE id = ? AND cleared_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setString(2, by);
                update.setString(3, note);
                update.setLong(4, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    private static Flag flag(ResultSet row) throws SQLException {
        Timestamp cleared = row.getTimestamp(6);
        return new Flag(row.getLong(1), row.getString(2), FlagSubject.valueOf(row.getString(3)), rule(row, 9),
                row.getTimestamp(4).toInstant(), row.getString(5), cleared == null ? null : cleared.toInstant(),
                row.getString(7), row.getString(8));
    }

    private static void bindIds(PreparedStatement statement, Set<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            statement.setLong(i++, id);
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
