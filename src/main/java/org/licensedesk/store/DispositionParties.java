package org.licensedesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.licensedesk.json.JsonMapper;

/**
 * Migration V62 (issue 13): a screening disposition was unique per (application, party role, entry key), so two
 * parties of one role hitting the same listed entry (a general licence's further end users, V55) shared one verdict.
 * The disposition now names its party ({@code party_name}, as screened: {@code screening_hit.party_name}), and each
 * stored row is given the party it was given for, never one it was not:
 * <ol>
 *     <li>the {@code partyName} of its {@code SCREENING_DISPOSITION} audit entry (same application, role and entry
 *     key): the party whose row the assignee acted on;</li>
 *     <li>without one, the only party of that role with a hit on that entry;</li>
 *     <li>otherwise the application's own party of that role (applicant, consignee, end user): the others that hit the
 *     entry then need a verdict of their own.</li>
 * </ol>
 * A verdict can only lose parties this way, so {@code watch_listed} (V54) is recomputed where it was set.
 */
public final class DispositionParties {
    private static final int BATCH = 1_000;
    private static final String SEP = "\u0000";

    private DispositionParties() {
    }

    public static void assignAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("ALTER TABLE screening_disposition ADD COLUMN party_name VARCHAR(200)");
        }
        Map<String, String> audited = auditedParties(connection);
        Map<String, Set<String>> hitters = hitters(connection);
        try (PreparedStatement query = connection.prepareStatement("SELECT d.id, a.reference, d.application_id, "
                + "d.party_role, d.entry_key, a.applicant_name, c.name, COALESCE(e.name, a.end_user_name) "
                + "FROM screening_disposition d JOIN licence_application a ON a.id = d.application_id "
                + "LEFT JOIN party c ON c.application_id = a.id AND c.role = 'CONSIGNEE' "
                + "LEFT JOIN party e ON e.application_id = a.id AND e.role = 'END_USER' ORDER BY d.id");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE screening_disposition SET party_name = ? WHERE id = ?")) {
            int pending = 0;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String role = row.getString(4);
                    String entryKey = row.getString(5);
                    String main = switch (role) {
                        case "APPLICANT" -> row.getString(6);
                        case "CONSIGNEE" -> row.getString(7);
                        default -> row.getString(8);
                    };
                    String name = partyOf(audited.get(row.getString(2) + SEP + role + SEP + entryKey),
                            hitters.get(row.getLong(3) + SEP + role + SEP + entryKey), main);
                    update.setString(1, name);
                    update.setLong(2, row.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("ALTER TABLE screening_disposition ALTER COLUMN party_name SET NOT NULL");
            statement.executeUpdate("ALTER TABLE screening_disposition DROP CONSTRAINT screening_disposition_uk");
            statement.executeUpdate("ALTER TABLE screening_disposition ADD CONSTRAINT screening_disposition_uk "
                    + "UNIQUE (application_id, party_role, party_name, entry_key)");
            statement.executeUpdate(ScreeningRepository.REFRESH_WATCH_LISTED_ALL + "WHERE watch_listed = TRUE");
        }
    }

    /** The rule of the class comment; an empty name (no party of that role at all) matches no hit. */
    static String partyOf(String audited, Set<String> hitters, String main) {
        if (audited != null && !audited.isBlank()) {
            return audited;
        }
        if (hitters != null && hitters.size() == 1) {
            return hitters.iterator().next();
        }
        return main == null ? "" : main;
    }

    /** The party each disposition's audit entry names, by reference, role and entry key; the first entry wins. */
    private static Map<String, String> auditedParties(Connection connection) throws SQLException {
        ObjectMapper mapper = JsonMapper.shared();
        Map<String, String> parties = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT application_ref, details FROM audit_entry "
                + "WHERE action = 'SCREENING_DISPOSITION' ORDER BY seq");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                JsonNode details;
                try {
                    details = mapper.readTree(row.getString(2));
                } catch (java.io.IOException e) {
                    continue; // an entry we cannot read names no party: the next rule decides
                }
                JsonNode role = details.get("partyRole");
                JsonNode entryKey = details.get("entryKey");
                JsonNode name = details.get("partyName");
                if (role != null && entryKey != null && name != null && name.isTextual()) {
                    parties.putIfAbsent(row.getString(1) + SEP + role.asText() + SEP + entryKey.asText(),
                            name.asText());
                }
            }
        }
        return parties;
    }

    /** The names of the parties with a hit on a disposed entry, by application id, role and entry key. */
    private static Map<String, Set<String>> hitters(Connection connection) throws SQLException {
        Map<String, Set<String>> hitters = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT h.application_id, h.party_role, "
                + "h.entry_key, h.party_name FROM screening_hit h WHERE EXISTS (SELECT 1 FROM screening_disposition d "
                + "WHERE d.application_id = h.application_id AND d.party_role = h.party_role "
                + "AND d.entry_key = h.entry_key)");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                hitters.computeIfAbsent(row.getLong(1) + SEP + row.getString(2) + SEP + row.getString(3),
                        key -> new TreeSet<>()).add(row.getString(4));
            }
        }
        return hitters;
    }
}
