package org.licensedesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.domain.licence.RecordedShipment;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;

/**
 * Licence records (issued from the approved application's rows), their status, the quantities shipped and the
 * holder's shipment reports. Status changes are optimistic on the licence's version.
 */
public final class LicenceRepository {
    private static final String LICENCE_COLUMNS = "licence_number, application_ref, licence_type, holder_name, "
            + "holder_uscc, contact_name, contact_phone, contact_email, port_of_export, end_use, valid_from, "
            + "valid_until, status, status_reason, version";

    /**
     * Issues the licence record of an approved application from its rows (the holder, items and parties as
     * approved), as V70 did for approvals made before it.
     *
     * @param type the licence type granted, which may differ from the one applied for (a general licence applied for,
     *             a single licence granted)
     * @return false when the application has no licence number (nothing written)
     */
    public boolean issueFrom(Transaction transaction, String applicationRef, LicenceType type) {
        return transaction.sql(connection -> {
            int licences;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO licence (licence_number, application_ref, licence_type, holder_name, holder_uscc, "
                            + "contact_name, contact_phone, contact_email, port_of_export, end_use, valid_from, "
                            + "valid_until, status) "
                            + "SELECT a.licence_number, a.reference, ?, a.applicant_name, p.uscc, "
                            + "COALESCE(a.applicant_contact_name, p.contact_name), "
                            + "COALESCE(a.applicant_contact_phone, p.contact_phone), "
                            + "COALESCE(a.applicant_contact_email, p.contact_email), "
                            + "a.port_of_export, a.end_use, a.licence_valid_from, "
                            + "a.licence_valid_until, 'ACTIVE' "
                            + "FROM licence_application a JOIN applicant p ON p.id = a.applicant_id "
                            + "WHERE a.reference = ? AND a.licence_number IS NOT NULL")) {
                insert.setString(1, type.name());
                insert.setString(2, applicationRef);
                licences = insert.executeUpdate();
            }
            if (licences == 0) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO licence_item (licence_number, line_no, control_code, element_symbol, description, "
                            + "quantity, unit, unit_price_usd) "
                            + "SELECT a.licence_number, i.line_no, i.control_code, i.element_symbol, i.description, "
                            + "i.quantity, i.unit, i.unit_price_usd "
                            + "FROM licence_application a JOIN item i ON i.application_id = a.id "
                            + "WHERE a.reference = ?")) {
                insert.setString(1, applicationRef);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO licence_party (licence_number, role, name, country, address) "
                            + "SELECT a.licence_number, y.role, y.name, y.country, y.address "
                            + "FROM licence_application a JOIN party y ON y.application_id = a.id "
                            + "WHERE a.reference = ?")) {
                insert.setString(1, applicationRef);
                insert.executeUpdate();
            }
            return true;
        });
    }

    public Optional<Licence> find(Transaction transaction, String number) {
        return transaction.sql(connection -> find(connection, "licence_number", number));
    }

    public Optional<Licence> findByApplication(Transaction transaction, String applicationRef) {
        return transaction.sql(connection -> find(connection, "application_ref", applicationRef));
    }

    private Optional<Licence> find(Connection connection, String column, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + LICENCE_COLUMNS + " FROM licence WHERE " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String number = row.getString("licence_number");
                String port = row.getString("port_of_export");
                return Optional.of(new Licence(number, row.getString("application_ref"),
                        LicenceType.valueOf(row.getString("licence_type")), row.getString("holder_name"),
                        row.getString("holder_uscc"), row.getString("contact_name"), row.getString("contact_phone"),
                        row.getString("contact_email"), port, row.getString("end_use"),
                        row.getDate("valid_from").toLocalDate(), row.getDate("valid_until").toLocalDate(),
                        LicenceStatus.valueOf(row.getString("status")), row.getString("status_reason"),
                        items(connection, number), parties(connection, number), List.of(), List.of(),
                        row.getLong("version")));
            }
        }
    }

    private static List<LicensedItem> items(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT line_no, control_code, element_symbol, description, quantity, unit, unit_price_usd, shipped "
                        + "FROM licence_item WHERE licence_number = ? ORDER BY line_no")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                List<LicensedItem> items = new ArrayList<>();
                while (row.next()) {
                    items.add(new LicensedItem(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getBigDecimal(5), QuantityUnit.valueOf(row.getString(6)), row.getBigDecimal(7),
                            row.getBigDecimal(8)));
                }
                return items;
            }
        }
    }

    /**
     * The licence's consignee and end user, each followed by the further ones a general licence names (regime:
     * Regulations Art. 15, the application's {@code permitted_party} rows, V55); a single licence has only its two.
     */
    private static List<LicensedParty> parties(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT role, name, country, address, 0 AS line_no FROM licence_party WHERE licence_number = ? "
                        + "UNION ALL SELECT y.role, y.name, y.country, y.address, y.line_no FROM licence l "
                        + "JOIN licence_application a ON a.reference = l.application_ref "
                        + "JOIN permitted_party y ON y.application_id = a.id "
                        + "WHERE l.licence_number = ? AND l.licence_type = 'GENERAL' ORDER BY 1, 5")) {
            query.setString(1, number);
            query.setString(2, number);
            try (ResultSet row = query.executeQuery()) {
                List<LicensedParty> parties = new ArrayList<>();
                while (row.next()) {
                    parties.add(new LicensedParty(PartyRole.valueOf(row.getString(1)), row.getString(2),
                            row.getString(3), row.getString(4)));
                }
                return parties;
            }
        }
    }

    /**
     * Sets the status (and its reason) if the licence is still at {@code expectedVersion}.
     *
     * @return false when someone changed it first: nothing was written
     */
    public boolean updateStatus(Transaction transaction, String number, long expectedVersion, LicenceStatus status,
                                String reason) {
        return transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE licence SET status = ?, status_reason = ?, version = version + 1 "
                            + "WHERE licence_number = ? AND version = ?")) {
                update.setString(1, status.name());
                update.setString(2, reason);
                update.setString(3, number);
                update.setLong(4, expectedVersion);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Writes the quantities shipped of each item and moves the version on, if it is still {@code expectedVersion}. */
    public boolean updateShipped(Transaction transaction, String number, long expectedVersion,
                                 List<LicensedItem> items) {
        return transaction.sql(connection -> {
            try (PreparedStatement bump = connection.prepareStatement(
                    "UPDATE licence SET version = version + 1 WHERE licence_number = ? AND version = ?")) {
                bump.setString(1, number);
                bump.setLong(2, expectedVersion);
                if (bump.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE licence_item SET shipped = ? WHERE licence_number = ? AND line_no = ?")) {
                for (LicensedItem item : items) {
                    update.setBigDecimal(1, item.shipped());
                    update.setString(2, number);
                    update.setInt(3, item.lineNo());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return true;
        });
    }

    /** Records a shipment and what each line drew (in the item's unit); returns its id. */
    public long insertShipment(Transaction transaction, Shipment shipment, List<BigDecimal> drawn, String recordedBy,
                               String recordedAt) {
        return transaction.sql(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO shipment (licence_number, shipped_on, consignee_name, customs_declaration, "
                            + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, shipment.licenceNumber());
                insert.setDate(2, Date.valueOf(shipment.shippedOn()));
                insert.setString(3, shipment.consignee());
                insert.setString(4, shipment.customsDeclaration());
                insert.setString(5, recordedBy);
                insert.setString(6, recordedAt);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO shipment_line (shipment_id, item_line, quantity, unit, drawn) "
                            + "VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < shipment.lines().size(); i++) {
                    ShipmentLine line = shipment.lines().get(i);
                    insert.setLong(1, id);
                    insert.setInt(2, line.itemLine());
                    insert.setBigDecimal(3, line.quantity());
                    insert.setString(4, line.unit().name());
                    insert.setBigDecimal(5, drawn.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return id;
        });
    }

    /** Whether a shipment with this customs declaration number is already recorded. */
    public boolean declarationRecorded(Transaction transaction, String customsDeclaration) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM shipment WHERE customs_declaration = ?")) {
                query.setString(1, customsDeclaration);
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    public List<RecordedShipment> shipments(Transaction transaction, String number) {
        return transaction.sql(connection -> {
            List<RecordedShipment> shipments = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, shipped_on, consignee_name, customs_declaration, recorded_by FROM shipment "
                            + "WHERE licence_number = ? ORDER BY shipped_on, id")) {
                query.setString(1, number);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        shipments.add(new RecordedShipment(row.getLong(1), row.getDate(2).toLocalDate(),
                                row.getString(3), row.getString(4), row.getString(5), new ArrayList<>()));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT item_line, quantity, unit FROM shipment_line WHERE shipment_id = ? ORDER BY item_line")) {
                for (RecordedShipment shipment : shipments) {
                    query.setLong(1, shipment.id());
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            shipment.lines().add(new ShipmentLine(row.getInt(1), row.getBigDecimal(2),
                                    QuantityUnit.valueOf(row.getString(3))));
                        }
                    }
                }
            }
            return shipments;
        });
    }

    /** Numbers of licences still ACTIVE or SUSPENDED whose last valid day is before {@code today}. */
    public List<String> expiredUnrecorded(Transaction transaction, LocalDate today) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT licence_number FROM licence WHERE status IN ('ACTIVE', 'SUSPENDED') AND valid_until < ? "
                            + "ORDER BY valid_until, licence_number")) {
                query.setDate(1, Date.valueOf(today));
                List<String> numbers = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        numbers.add(row.getString(1));
                    }
                }
                return numbers;
            }
        });
    }

    /** How many licences each stored status has. */
    public java.util.Map<LicenceStatus, Long> countByStatus(Transaction transaction) {
        return transaction.sql(connection -> {
            java.util.Map<LicenceStatus, Long> counts = new java.util.EnumMap<>(LicenceStatus.class);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT status, COUNT(*) FROM licence GROUP BY status");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(LicenceStatus.valueOf(row.getString(1)), row.getLong(2));
                }
            }
            return counts;
        });
    }

    /** What is licensed and shipped of one element to one country in one unit. */
    public record QuantitySum(String elementSymbol, String country, QuantityUnit unit, BigDecimal licensed,
                              BigDecimal shipped) {
    }

    /** Sums of quantities licensed and shipped per element, end user's country and unit. */
    public List<QuantitySum> quantitiesByElementDestinationUnit(Transaction transaction) {
        return transaction.sql(connection -> {
            List<QuantitySum> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT i.element_symbol, p.country, i.unit, SUM(i.quantity), SUM(i.shipped) "
                            + "FROM licence_item i JOIN licence_party p ON p.licence_number = i.licence_number "
                            + "AND p.role = 'END_USER' GROUP BY i.element_symbol, p.country, i.unit "
                            + "ORDER BY i.element_symbol, p.country, i.unit");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new QuantitySum(row.getString(1), row.getString(2),
                            QuantityUnit.valueOf(row.getString(3)), row.getBigDecimal(4), row.getBigDecimal(5)));
                }
            }
            return rows;
        });
    }

    /** Licences in force (ACTIVE, SUSPENDED) whose last valid day is from {@code today} to {@code today + days}. */
    public long countExpiring(Transaction transaction, LocalDate today, int days) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM licence "
                    + "WHERE status IN ('ACTIVE', 'SUSPENDED') AND valid_until >= ? AND valid_until <= ?")) {
                query.setDate(1, Date.valueOf(today));
                query.setDate(2, Date.valueOf(today.plusDays(days)));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The Licences view's rows, newest validity first, at most {@code limit}. */
    public List<LicenceSummary> list(Transaction transaction, LicenceFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT l.licence_number, l.application_ref, l.licence_type, "
                + "l.holder_name, l.valid_from, l.valid_until, l.status FROM licence l WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.status() != null) {
            sql.append(" AND l.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.holder() != null && !filter.holder().isBlank()) {
            sql.append(" AND (UPPER(l.holder_name) LIKE ? OR l.holder_uscc = ?)");
            parameters.add("%" + filter.holder().strip().toUpperCase(java.util.Locale.ROOT) + "%");
            parameters.add(filter.holder().strip());
        }
        if (filter.elementSymbol() != null && !filter.elementSymbol().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM licence_item i WHERE i.licence_number = l.licence_number "
                    + "AND i.element_symbol = ?)");
            parameters.add(filter.elementSymbol().strip());
        }
        if (filter.expiringWithinDays() != null) {
            sql.append(" AND l.status IN ('ACTIVE', 'SUSPENDED') AND l.valid_until >= ? AND l.valid_until <= ?");
            parameters.add(Date.valueOf(filter.today()));
            parameters.add(Date.valueOf(filter.today().plusDays(filter.expiringWithinDays())));
        }
        sql.append(" ORDER BY l.valid_until DESC, l.licence_number FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return transaction.sql(connection -> {
            List<LicenceSummary> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql.toString());
                 PreparedStatement elements = connection.prepareStatement(
                         "SELECT DISTINCT element_symbol FROM licence_item WHERE licence_number = ? "
                                 + "ORDER BY element_symbol")) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        String number = row.getString(1);
                        elements.setString(1, number);
                        List<String> symbols = new ArrayList<>();
                        try (ResultSet symbol = elements.executeQuery()) {
                            while (symbol.next()) {
                                symbols.add(symbol.getString(1));
                            }
                        }
                        rows.add(new LicenceSummary(number, row.getString(2), LicenceType.valueOf(row.getString(3)),
                                row.getString(4), String.join(", ", symbols), row.getDate(5).toLocalDate(),
                                row.getDate(6).toLocalDate(), LicenceStatus.valueOf(row.getString(7))));
                    }
                }
            }
            return rows;
        });
    }
}
