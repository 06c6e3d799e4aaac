package org.licensedesk.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.licensedesk.domain.ItemForm;

/**
 * The raw yardstick of import (issue 11): the intake file parsed one application at a time with Jackson and its
 * rows (applicant, application, parties, items, documents) batch-inserted with JDBC in one transaction, 500
 * applications a batch. No checks, no screening, no audit entries: what the app adds over it is their cost.
 */
final class RawImport {
    private static final int BATCH = 500;

    private RawImport() {
    }

    static long run(String base, Path file) throws SQLException, IOException {
        ObjectMapper mapper = new ObjectMapper();
        long written = 0;
        try (Connection connection = RawLimits.connect(base);
                JsonParser json = mapper.createParser(file.toFile())) {
            connection.setAutoCommit(false);
            Map<String, String> elements = elements(connection);
            Map<String, Long> applicants = new HashMap<>();
            List<JsonNode> batch = new ArrayList<>(BATCH);
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && "applications".equals(json.currentName())
                        && json.nextToken() == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        batch.add(mapper.readTree(json));
                        if (batch.size() == BATCH) {
                            written += insert(connection, batch, elements, applicants);
                            batch.clear();
                        }
                    }
                }
            }
            written += insert(connection, batch, elements, applicants);
            connection.commit();
        }
        return written;
    }

    private static Map<String, String> elements(Connection connection) throws SQLException {
        Map<String, String> elements = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT code, element_symbol FROM control_list_entry")) {
            while (rows.next()) {
                elements.put(rows.getString(1), rows.getString(2));
            }
        }
        return elements;
    }

    private static int insert(Connection connection, List<JsonNode> batch, Map<String, String> elements,
                              Map<String, Long> applicants) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        long[] ids = new long[batch.size()];
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO licence_application (reference, applicant_id, received_on, licence_type, end_use, "
                        + "contract_number, contract_date, transport_mode, port_of_export, status, version, "
                        + "applicant_name, end_user_name, end_user_country, elements, highest_control_code, "
                        + "total_kg, total_value_usd, end_user_key, applicant_name_local, applicant_address, "
                        + "applicant_contact_name, applicant_contact_phone, applicant_contact_email) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            for (JsonNode a : batch) {
                JsonNode applicant = a.get("applicant");
                JsonNode endUser = a.get("endUser");
                String highest = "";
                BigDecimal kg = BigDecimal.ZERO;
                BigDecimal value = BigDecimal.ZERO;
                StringBuilder symbols = new StringBuilder();
                for (JsonNode item : a.get("items")) {
                    String code = item.get("controlCode").asText();
                    highest = code.compareTo(highest) > 0 ? code : highest;
                    BigDecimal quantity = new BigDecimal(item.get("quantity").asText());
                    kg = "KG".equals(item.get("unit").asText()) ? kg.add(quantity) : kg;
                    value = value.add(quantity.multiply(new BigDecimal(item.get("unitPriceUsd").asText())));
                    symbols.append(symbols.length() == 0 ? "" : ", ").append(elements.get(code));
                }
                int i = 1;
                insert.setString(i++, a.get("reference").asText());
                insert.setLong(i++, applicantId(connection, applicant, applicants));
                insert.setDate(i++, Date.valueOf(LocalDate.parse(a.get("receivedAt").asText())));
                insert.setString(i++, a.get("licenceType").asText());
                insert.setString(i++, endUser.get("endUse").asText());
                insert.setString(i++, a.get("contract").get("number").asText());
                insert.setDate(i++, Date.valueOf(LocalDate.parse(a.get("contract").get("date").asText())));
                insert.setString(i++, a.get("transport").get("mode").asText());
                insert.setString(i++, a.get("transport").get("portOfExport").asText());
                insert.setString(i++, "SUBMITTED");
                insert.setString(i++, applicant.get("name").asText());
                insert.setString(i++, endUser.get("name").asText());
                insert.setString(i++, endUser.get("country").asText());
                insert.setString(i++, symbols.toString());
                insert.setString(i++, highest);
                insert.setBigDecimal(i++, kg);
                insert.setBigDecimal(i++, value);
                insert.setString(i++, endUser.get("name").asText().toUpperCase(Locale.ROOT));
                insert.setString(i++, applicant.get("nameLocal").asText());
                insert.setString(i++, applicant.get("address").asText());
                insert.setString(i++, applicant.get("contact").get("name").asText());
                insert.setString(i++, applicant.get("contact").get("phone").asText());
                insert.setString(i, applicant.get("contact").get("email").asText());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int n = 0; n < ids.length && keys.next(); n++) {
                    ids[n] = keys.getLong(1);
                }
            }
        }
        parts(connection, batch, ids, elements);
        return batch.size();
    }

    private static long applicantId(Connection connection, JsonNode applicant, Map<String, Long> applicants)
            throws SQLException {
        String uscc = applicant.get("uscc").asText();
        Long known = applicants.get(uscc);
        if (known != null) {
            return known;
        }
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM applicant WHERE uscc = ?")) {
            find.setString(1, uscc);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    applicants.put(uscc, row.getLong(1));
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO applicant (uscc, name, name_local, "
                + "address, contact_name, contact_phone, contact_email) VALUES (?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, uscc);
            insert.setString(2, applicant.get("name").asText());
            insert.setString(3, applicant.get("nameLocal").asText());
            insert.setString(4, applicant.get("address").asText());
            insert.setString(5, applicant.get("contact").get("name").asText());
            insert.setString(6, applicant.get("contact").get("phone").asText());
            insert.setString(7, applicant.get("contact").get("email").asText());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                applicants.put(uscc, keys.getLong(1));
                return keys.getLong(1);
            }
        }
    }

    private static void parts(Connection connection, List<JsonNode> batch, long[] ids, Map<String, String> elements)
            throws SQLException {
        try (PreparedStatement party = connection.prepareStatement(
                "INSERT INTO party (application_id, role, name, country, address) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement item = connection.prepareStatement(
                        "INSERT INTO item (application_id, line_no, control_code, element_symbol, form, description, "
                                + "quantity, unit, unit_price_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement document = connection.prepareStatement(
                        "INSERT INTO document (application_id, line_no, type, title, received_on) "
                                + "VALUES (?, ?, ?, ?, ?)")) {
            for (int n = 0; n < batch.size(); n++) {
                JsonNode a = batch.get(n);
                for (String role : List.of("CONSIGNEE", "END_USER")) {
                    JsonNode p = a.get("CONSIGNEE".equals(role) ? "consignee" : "endUser");
                    party.setLong(1, ids[n]);
                    party.setString(2, role);
                    party.setString(3, p.get("name").asText());
                    party.setString(4, p.get("country").asText());
                    party.setString(5, p.get("address").asText());
                    party.addBatch();
                }
                int line = 1;
                for (JsonNode it : a.get("items")) {
                    String code = it.get("controlCode").asText();
                    item.setLong(1, ids[n]);
                    item.setInt(2, line++);
                    item.setString(3, code);
                    item.setString(4, elements.get(code));
                    item.setString(5, ItemForm.of(code.charAt(code.length() - 1), it.get("description").asText())
                            .name());
                    item.setString(6, it.get("description").asText());
                    item.setBigDecimal(7, new BigDecimal(it.get("quantity").asText()));
                    item.setString(8, it.get("unit").asText());
                    item.setBigDecimal(9, new BigDecimal(it.get("unitPriceUsd").asText()));
                    item.addBatch();
                }
                line = 1;
                for (JsonNode d : a.get("documents")) {
                    document.setLong(1, ids[n]);
                    document.setInt(2, line++);
                    document.setString(3, d.get("type").asText());
                    document.setString(4, d.get("title").asText());
                    document.setDate(5, Date.valueOf(LocalDate.parse(a.get("receivedAt").asText())));
                    document.addBatch();
                }
            }
            party.executeBatch();
            item.executeBatch();
            document.executeBatch();
        }
    }
}
