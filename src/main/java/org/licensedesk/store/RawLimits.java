package org.licensedesk.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.licensedesk.domain.ApplicationStatus;

/**
 * The raw yardsticks of {@code benchmark} (issue 11): the least work that gives the same answer as an operation of
 * the app, with plain JDBC, Jackson's streaming API and SHA-256 and none of the app's objects, so that the
 * benchmark can print app time / raw time on the same data in the same run. Not used by the app itself.
 *
 * <p>The export and verification yardsticks run in a child process ({@link #main}), like the app's commands they
 * are compared with, so both have the same 256 MB heap and a cold JVM.
 */
public final class RawLimits {
    private static final String QUEUE_COLUMNS = "SELECT reference, applicant_name, elements, highest_control_code, "
            + "end_user_name, end_user_country, total_kg, total_value_usd, received_on, status, assignee, "
            + "stopped_working_days, clock_stopped_on, incomplete, applicant_name_local FROM licence_application ";

    private static final String AUDIT_COLUMNS = "SELECT seq, at, application_ref, action, actor, actor_role, "
            + "from_status, to_status, note, details, prev_hash, hash FROM audit_entry ORDER BY seq";

    private final Database database;

    public RawLimits(Database database) {
        this.database = database;
    }

    /**
     * The queue's first page and count with bare JDBC: for each status the first {@code limit} rows in index order
     * (every column read, no objects built), then one {@code COUNT(*)}. Returns the count.
     */
    public long queuePageAndCount(Collection<ApplicationStatus> statuses, int limit) {
        return database.withConnection(connection -> {
            long touched = 0;
            for (ApplicationStatus status : statuses) {
                try (PreparedStatement statement = connection.prepareStatement(QUEUE_COLUMNS
                        + "WHERE status = ? ORDER BY status, received_on, reference FETCH FIRST " + limit
                        + " ROWS ONLY")) {
                    statement.setString(1, status.name());
                    try (ResultSet row = statement.executeQuery()) {
                        int columns = row.getMetaData().getColumnCount();
                        while (row.next()) {
                            for (int i = 1; i <= columns; i++) {
                                if (row.getObject(i) != null) {
                                    touched++;
                                }
                            }
                        }
                    }
                }
            }
            String in = statuses.stream().map(status -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM licence_application WHERE status IN (" + in + ")")) {
                int i = 1;
                for (ApplicationStatus status : statuses) {
                    statement.setString(i++, status.name());
                }
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return touched >= 0 ? row.getLong(1) : -1;
                }
            }
        });
    }

    /**
     * The dashboards' aggregates with bare JDBC, for the period's decisions {@code [from, to)}: per UTC day, outcome
     * and deadline flag; per receipt day, decision day and stopped days; per element and outcome (the items joined);
     * the approved quantities per element and unit; approved applications and kilograms per destination; and the
     * open applications per deadline clock. The same rows the dashboard's queries read, each counted once and read
     * as plain values: no zone conversion, no working-day calendar, no figures built. Returns the groups read.
     */
    public long dashboardAggregates(Instant from, Instant to) {
        String span = "decided_at >= ? AND decided_at < ?";
        List<String> decided = List.of(
                "SELECT LEFT(decided_at, 10), status, decided_within_deadline, COUNT(*) FROM licence_application "
                        + "WHERE " + span + " GROUP BY LEFT(decided_at, 10), status, decided_within_deadline",
                "SELECT received_on, LEFT(decided_at, 10), stopped_working_days, COUNT(*) FROM licence_application "
                        + "WHERE " + span + " GROUP BY received_on, LEFT(decided_at, 10), stopped_working_days",
                "SELECT i.element_symbol, a.status, COUNT(DISTINCT a.id) FROM licence_application a "
                        + "JOIN item i ON i.application_id = a.id WHERE a." + span
                        + " AND a.status IN ('APPROVED', 'DENIED') GROUP BY i.element_symbol, a.status",
                "SELECT i.element_symbol, i.unit, SUM(i.quantity) FROM licence_application a "
                        + "JOIN item i ON i.application_id = a.id WHERE a." + span
                        + " AND a.status = 'APPROVED' GROUP BY i.element_symbol, i.unit",
                "SELECT end_user_country, COUNT(*), SUM(total_kg) FROM licence_application WHERE " + span
                        + " AND status = 'APPROVED' GROUP BY end_user_country");
        return database.withConnection(connection -> {
            long groups = 0;
            for (String sql : decided) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, AuditRepository.AT_FORMAT.format(from));
                    statement.setString(2, AuditRepository.AT_FORMAT.format(to));
                    groups += readAll(statement);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT received_on, "
                    + "stopped_working_days, clock_stopped_on, clock_stop_reason, watch_listed, COUNT(*) "
                    + "FROM licence_application WHERE " + openStatuses() + " GROUP BY received_on, "
                    + "stopped_working_days, clock_stopped_on, clock_stop_reason, watch_listed")) {
                groups += readAll(statement);
            }
            return groups;
        });
    }

    /**
     * The Team view's reads with bare JDBC: open applications per assignee, status and deadline clock; decisions
     * since {@code since} per reviewer; and the unassigned open applications' lines in received order. Returns
     * the rows read.
     */
    public long teamAggregates(Instant since) {
        return database.withConnection(connection -> {
            long rows = 0;
            try (PreparedStatement statement = connection.prepareStatement("SELECT assignee, status, received_on, "
                    + "stopped_working_days, clock_stopped_on, clock_stop_reason, watch_listed, COUNT(*) "
                    + "FROM licence_application WHERE " + openStatuses() + " GROUP BY assignee, status, "
                    + "received_on, stopped_working_days, clock_stopped_on, clock_stop_reason, watch_listed")) {
                rows += readAll(statement);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT status, assignee, "
                    + "recommended_by, COUNT(*) FROM licence_application WHERE decided_at >= ? "
                    + "GROUP BY status, assignee, recommended_by")) {
                statement.setString(1, AuditRepository.AT_FORMAT.format(since));
                rows += readAll(statement);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT reference, applicant_name, "
                    + "status, assignee, received_on, stopped_working_days, clock_stopped_on, clock_stop_reason, "
                    + "watch_listed, version FROM licence_application WHERE assignee IS NULL AND " + openStatuses()
                    + " ORDER BY received_on, reference")) {
                statement.setFetchSize(5_000);
                rows += readAll(statement);
            }
            return rows;
        });
    }

    /** Reads every column of every row as a plain value; returns the rows. */
    private static long readAll(PreparedStatement statement) throws SQLException {
        long rows = 0;
        try (ResultSet row = statement.executeQuery()) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                for (int i = 1; i <= columns; i++) {
                    row.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    // Enum names, not input.
    private static String openStatuses() {
        return ApplicationStatus.openStatuses().stream().map(status -> "'" + status.name() + "'")
                .sorted().collect(Collectors.joining(", ", "status IN (", ")"));
    }

    /**
     * {@code java -Xmx256m ... org.licensedesk.store.RawLimits WORK ...}, WORK one of
     * {@code export DB FILE} (every audit row to JSON with Jackson's generator, details copied as they are stored),
     * {@code verify-database DB} (every row read, its canonical bytes written by {@link RawCanonical}, SHA-256
     * compared with the stored hash, the links checked) and {@code verify-file FILE} (the export parsed with
     * Jackson's streaming parser, the same per entry), {@code import DB FILE} (the intake file parsed with Jackson,
     * its rows batch-inserted with JDBC in one transaction: no checks, no screening, no audit entries). Exits
     * non-zero when a hash or a link does not hold.
     */
    public static void main(String[] args) throws Exception {
        long entries = switch (args[0]) {
            case "export" -> export(args[1], Path.of(args[2]));
            case "verify-database" -> verifyDatabase(args[1]);
            case "verify-file" -> verifyFile(Path.of(args[1]));
            case "import" -> RawImport.run(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown work " + args[0]);
        };
        if (entries < 0) {
            // A broken link fails the process, as verify-audit does; nothing is printed (only commands print).
            throw new IllegalStateException(-entries + " entries whose hash or link does not hold");
        }
    }

    static Connection connect(String base) throws SQLException {
        // The same login as the app: the database's password file beside it. Lazy execution streams a query's rows
        // from the index as they are read; without it H2 first copies a result of millions of rows to a temporary
        // file (at 4.5M entries the export yardstick took 138 s against the app's 76 s, which reads key ranges).
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LAZY_QUERY_EXECUTION=TRUE",
                "sa",
                DatabasePassword.readOrCreate(Path.of(base)).value());
    }

    static long export(String base, Path target) throws SQLException, IOException {
        long written = 0;
        try (Connection connection = connect(base);
                PreparedStatement statement = connection.prepareStatement(AUDIT_COLUMNS);
                OutputStream out = Files.newOutputStream(target);
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            statement.setFetchSize(1_000);
            json.writeStartObject();
            json.writeArrayFieldStart("entries");
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    json.writeStartObject();
                    json.writeNumberField("seq", row.getLong(1));
                    json.writeStringField("at", row.getString(2));
                    json.writeStringField("applicationRef", row.getString(3));
                    json.writeStringField("action", row.getString(4));
                    json.writeStringField("actor", row.getString(5));
                    json.writeStringField("actorRole", row.getString(6));
                    json.writeStringField("fromStatus", row.getString(7));
                    json.writeStringField("toStatus", row.getString(8));
                    json.writeStringField("note", row.getString(9));
                    json.writeFieldName("details");
                    json.writeRawValue(row.getString(10));
                    json.writeStringField("prevHash", row.getString(11));
                    json.writeStringField("hash", row.getString(12));
                    json.writeEndObject();
                    written++;
                }
            }
            json.writeEndArray();
            json.writeNumberField("entryCount", written);
            json.writeEndObject();
        }
        return written;
    }

    static long verifyDatabase(String base) throws SQLException, NoSuchAlgorithmException, IOException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long checked = 0;
        long broken = 0;
        String previous = null;
        try (Connection connection = connect(base);
                PreparedStatement statement = connection.prepareStatement(AUDIT_COLUMNS)) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    byte[] canonical = RawCanonical.entry(row.getLong(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                            row.getString(9), RawCanonical.details(row.getString(10)), row.getString(11));
                    String hash = row.getString(12);
                    if (!HexFormat.of().formatHex(sha.digest(canonical)).equals(hash)
                            || previous != null && !previous.equals(row.getString(11))) {
                        broken++;
                    }
                    previous = hash;
                    checked++;
                }
            }
        }
        return broken == 0 ? checked : -broken;
    }

    static long verifyFile(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long checked = 0;
        long broken = 0;
        String previous = null;
        try (InputStream in = Files.newInputStream(file); JsonParser json = new JsonFactory().createParser(in)) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && "entries".equals(json.currentName())
                        && json.nextToken() == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        ExportedEntry entry = ExportedEntry.read(json);
                        byte[] canonical = RawCanonical.entry(entry.seq, entry.text.get("at"),
                                entry.text.get("applicationRef"), entry.text.get("action"), entry.text.get("actor"),
                                entry.text.get("actorRole"), entry.text.get("fromStatus"),
                                entry.text.get("toStatus"), entry.text.get("note"), entry.details,
                                entry.text.get("prevHash"));
                        String hash = entry.text.get("hash");
                        if (!HexFormat.of().formatHex(sha.digest(canonical)).equals(hash)
                                || previous != null && !previous.equals(entry.text.get("prevHash"))) {
                            broken++;
                        }
                        previous = hash;
                        checked++;
                    }
                }
            }
        }
        return broken == 0 ? checked : -broken;
    }

    /** One entry of an exported file as its fields: text (null for JSON null), seq, details as a tree. */
    private static final class ExportedEntry {
        private final Map<String, String> text = new HashMap<>();
        private long seq;
        private Object details;

        /** Reads the entry object the parser stands at (its START_OBJECT) up to its END_OBJECT. */
        static ExportedEntry read(JsonParser json) throws IOException {
            ExportedEntry entry = new ExportedEntry();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if ("details".equals(name)) {
                    entry.details = RawCanonical.read(json);
                } else if ("seq".equals(name)) {
                    entry.seq = json.getLongValue();
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    json.skipChildren();
                } else {
                    entry.text.put(name, value == JsonToken.VALUE_NULL ? null : json.getText());
                }
            }
            return entry;
        }
    }
}
