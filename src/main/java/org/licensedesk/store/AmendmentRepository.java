package org.licensedesk.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;

/** Amendment applications on licences, the change an approved one makes in place, and links to new applications. */
public final class AmendmentRepository {
    private static final String COLUMNS = "id, licence_number, field, old_value, new_value, received_on, due_on, "
            + "status, recommended_by, recommendation, decided_by, version";

    public long insert(Transaction transaction, Amendment amendment) {
        return transaction.sql(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO licence_amendment "
                    + "(licence_number, field, old_value, new_value, received_on, due_on, status) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'OPEN')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, amendment.licenceNumber());
                insert.setString(2, amendment.field().name());
                insert.setString(3, amendment.oldValue());
                insert.setString(4, amendment.newValue());
                insert.setDate(5, Date.valueOf(amendment.receivedOn()));
                insert.setDate(6, Date.valueOf(amendment.dueOn()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public Optional<Amendment> find(Transaction transaction, long id) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM licence_amendment WHERE id = ?")) {
                query.setLong(1, id);
                List<Amendment> found = read(query);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** A licence's amendments, oldest first: its history of changes. */
    public List<Amendment> forLicence(Transaction transaction, String number) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM licence_amendment WHERE licence_number = ? ORDER BY id")) {
                query.setString(1, number);
                return read(query);
            }
        });
    }

    public boolean recommend(Transaction transaction, Amendment amendment, String reviewer, String recommendation) {
        return transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE licence_amendment SET "
                    + "recommended_by = ?, recommendation = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ? AND status = 'OPEN'")) {
                update.setString(1, reviewer);
                update.setString(2, recommendation);
                update.setLong(3, amendment.id());
                update.setLong(4, amendment.version());
                return update.executeUpdate() == 1;
            }
        });
    }

    public boolean decide(Transaction transaction, Amendment amendment, String supervisor, String status) {
        return transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE licence_amendment SET "
                    + "decided_by = ?, status = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ? AND status = 'OPEN'")) {
                update.setString(1, supervisor);
                update.setString(2, status);
                update.setLong(3, amendment.id());
                update.setLong(4, amendment.version());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Changes the licence in place as an approved amendment says; the licence's version moves on. */
    public void apply(Transaction transaction, String number, AmendmentField field, String value) {
        transaction.sql(connection -> {
            String sql = switch (field) {
                case CONTACT_NAME -> "UPDATE licence SET contact_name = ?, version = version + 1 "
                        + "WHERE licence_number = ?";
                case CONTACT_PHONE -> "UPDATE licence SET contact_phone = ?, version = version + 1 "
                        + "WHERE licence_number = ?";
                case CONTACT_EMAIL -> "UPDATE licence SET contact_email = ?, version = version + 1 "
                        + "WHERE licence_number = ?";
                case PORT_OF_EXPORT -> "UPDATE licence SET port_of_export = ?, version = version + 1 "
                        + "WHERE licence_number = ?";
                case CONSIGNEE_ADDRESS, END_USER_ADDRESS -> "UPDATE licence_party SET address = ? "
                        + "WHERE licence_number = ? AND role = '" + (field == AmendmentField.CONSIGNEE_ADDRESS
                        ? PartyRole.CONSIGNEE : PartyRole.END_USER).name() + "'";
                default -> throw new IllegalArgumentException(field + " is a key element and is never amended");
            };
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, value);
                update.setString(2, number);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Records that a new application carries a key change of this licence (Art. 18(2)). */
    public void link(Transaction transaction, String number, String applicationRef, AmendmentField field) {
        transaction.sql(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO licence_link (licence_number, application_ref, field) VALUES (?, ?, ?)")) {
                insert.setString(1, number);
                insert.setString(2, applicationRef);
                insert.setString(3, field.name());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The new applications linked to a licence. */
    public List<String> links(Transaction transaction, String number) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT application_ref FROM licence_link WHERE licence_number = ? ORDER BY application_ref")) {
                query.setString(1, number);
                List<String> refs = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        refs.add(row.getString(1));
                    }
                }
                return refs;
            }
        });
    }

    private static List<Amendment> read(PreparedStatement query) throws SQLException {
        List<Amendment> found = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                found.add(new Amendment(row.getLong(1), row.getString(2), AmendmentField.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5), row.getDate(6).toLocalDate(),
                        row.getDate(7).toLocalDate(), row.getString(8), row.getString(9), row.getString(10),
                        row.getString(11), row.getLong(12)));
            }
        }
        return found;
    }
}
