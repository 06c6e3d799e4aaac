package org.licensedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.UserRole;

/**
 * Grows a generated database to a given number of audit entries, for the decision history's benchmark at
 * 5,000,000 entries (issue 11) without generating a million applications (too slow on the shared machine). First
 * the generated applications and their items are copied {@code copies} times in SQL (reference {@code R-k}), so
 * applications keep the few entries each they have in generated data; then the generated entries are appended again
 * and again through the real chain ({@link AuditTrail#appendAll}: hashes, links and note words as the desk writes
 * them), the k-th round on the k-th copies, each entry {@code spacing} seconds after the one before, so the trail
 * is in time order from the generated part on. Actors, actions, notes and details are the generated ones.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:CP org.licensedesk.store.HistoryBulkLoad \
 *     DB ENTRIES COPIES [SPACING_S [sql]]
 * </pre>
 *
 * With {@code sql} as fifth argument the entries are copied in SQL instead ({@link #copyEntries}): far faster, but the
 * chain does not verify past the generated part. Let it reach ENTRIES: a process killed inside a copy left H2 rows
 * locked by its transaction, and every later read over them timed out.
 *
 * <p>Not a test: a tool for building benchmark data, kept with the tests because nothing in the desk should call it.
 */
public final class HistoryBulkLoad {
    private static final int BATCH = 10_000;
    private static final int CHUNK = 2_000;

    private HistoryBulkLoad() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: HistoryBulkLoad DB ENTRIES COPIES [SPACING_SECONDS]");
            System.exit(2);
        }
        Path location = Path.of(args[0]);
        long wanted = Long.parseLong(args[1]);
        int copies = Integer.parseInt(args[2]);
        if (args.length > 4 && "sql".equals(args[4])) {
            Database opened = Database.openExisting(location);
            opened.withConnection(copyApplications(copies));
            opened.withConnection(copyEntries(wanted, copies, Math.round(Double.parseDouble(args[3]) * 1000)));
            opened.close();
            return;
        }
        Duration spacing = Duration.ofMillis(Math.round(Double.parseDouble(args.length > 3 ? args[3] : "6") * 1000));
        Database database = Database.openExisting(location);
        long applications = database.withConnection(copyApplications(copies));
        System.out.printf("%,d generated applications, %d copies%n", applications, copies);
        AuditRepository repository = new AuditRepository(database);
        AuditTrail trail = new AuditTrail(database, repository, Clock.systemUTC());
        long head = repository.head().seq();
        List<AuditEntry> generated = new ArrayList<>();
        Instant[] latest = {Instant.EPOCH};
        repository.forEachInRange(1, head, entry -> {
            generated.add(entry);
            Instant at = Instant.parse(entry.at());
            if (at.isAfter(latest[0])) {
                latest[0] = at;
            }
            return true;
        });
        System.out.printf("%,d entries, newest at %s; appending up to %,d, %s apart%n", head, latest[0], wanted,
                spacing);
        Instant at = latest[0];
        long seq = head;
        int next = 0;
        int round = 0;
        long started = System.nanoTime();
        while (seq < wanted) {
            int size = (int) Math.min(BATCH, wanted - seq);
            List<AuditDraft> drafts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                at = at.plus(spacing);
                drafts.add(copy(generated.get(next), at, round % (copies + 1)));
                next = (next + 1) % generated.size();
                if (next == 0) {
                    round++;
                }
            }
            database.write(transaction -> trail.appendAll(transaction, drafts));
            seq += size;
            if (seq % 100_000 < BATCH) {
                System.out.printf("%,d entries, %s, %d s%n", seq, at, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        System.out.printf("done: %,d entries, newest at %s, %d s%n", seq, at,
                (System.nanoTime() - started) / 1_000_000_000);
        database.close();
    }

    /**
     * The fast way, for the benchmark only: the generated entries (and their note words) copied in SQL, their
     * application facts written for the copies' applications, seq after
     * seq, the k-th copy on the (k mod (copies + 1))-th copy of the applications, each dated {@code spacingMillis}
     * after the entry before it (time order by construction). Hashes and links are copied, not recomputed, so the
     * chain of such a database does not verify past the generated part: for the history's speed, not for the
     * chain's checks. The head moves to the last copy, so the desk appends after it.
     */
    private static SqlWork<Void> copyEntries(long wanted, int applicationCopies, long spacingMillis) {
        return connection -> {
            long generated;
            long head;
            String headAt;
            try (Statement statement = connection.createStatement()) {
                try (ResultSet row = statement.executeQuery("SELECT fill_to FROM audit_note_word_fill")) {
                    row.next();
                    generated = row.getLong(1);
                }
                try (ResultSet row = statement.executeQuery("SELECT MAX(seq), MAX(at) FROM audit_entry")) {
                    row.next();
                    head = row.getLong(1);
                    headAt = row.getString(2);
                }
            }
            long source = generated > 0 ? generated : head;
            String zero = headAt.substring(0, 10) + " " + headAt.substring(11, 23);
            System.out.printf("copying entries 1..%,d after seq %,d (at %s) up to %,d%n", source, head, headAt, wanted);
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int k = 1; head < wanted; k++) {
                int copy = k % (applicationCopies + 1);
                String reference = copy == 0 ? "application_ref" : "application_ref || '-" + copy + "'";
                for (long from = 0; from < source && head < wanted; from += 20_000) {
                    long to = Math.min(source, Math.min(from + 20_000, from + wanted - head));
                    long shift = head - from;
                    String range = " WHERE seq > " + from + " AND seq <= " + to;
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("INSERT INTO audit_entry (seq, at, application_ref, action, actor, "
                                + "actor_role, from_status, to_status, note, details, prev_hash, hash) SELECT seq + "
                                + shift + ", FORMATDATETIME(DATEADD(MILLISECOND, (seq - " + from + ") * "
                                + spacingMillis + ", TIMESTAMP '" + zero + "'), "
                                + "'yyyy-MM-dd''T''HH:mm:ss.SSS''Z'''), "
                                + reference + ", action, actor, actor_role, from_status, to_status, note, details, "
                                + "prev_hash, hash FROM audit_entry" + range);
                        statement.executeUpdate("INSERT INTO audit_note_word (word, seq) SELECT word, seq + " + shift
                                + " FROM audit_note_word" + range);
                        // The copies' application facts are their own applications' (another reference each copy).
                        HistoryFactIndex.fill(connection, from + shift, to + shift);
                        try (ResultSet row = statement.executeQuery("SELECT at FROM audit_entry WHERE seq = "
                                + (to + shift))) {
                            row.next();
                            zero = row.getString(1).substring(0, 10) + " " + row.getString(1).substring(11, 23);
                        }
                        statement.executeUpdate("UPDATE audit_head SET seq = " + (to + shift) + ", hash = "
                                + "(SELECT hash FROM audit_entry WHERE seq = " + (to + shift) + ") WHERE id = 1");
                    }
                    connection.commit();
                    head = to + shift;
                    System.out.printf("%,d entries, %s, %d s%n", head, zero,
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
            connection.setAutoCommit(true);
            return null;
        };
    }

    /** The k-th copy of the generated applications (0: the generated ones), in one statement per table. */
    private static SqlWork<Long> copyApplications(int copies) {
        return connection -> {
            long offset;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT MAX(id) FROM licence_application")) {
                row.next();
                offset = row.getLong(1);
            }
            String columns = columns(connection, "LICENCE_APPLICATION");
            String itemColumns = columns(connection, "ITEM");
            connection.setAutoCommit(false);
            for (int k = 1; k <= copies; k++) {
                // Short statements: one copy of 20,000 applications in one statement was cancelled by H2 under load.
                for (long from = 0; from < offset; from += CHUNK) {
                    String ids = " WHERE %s > " + from + " AND %s <= " + Math.min(offset, from + CHUNK);
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("INSERT INTO licence_application (" + columns + ") SELECT "
                                + columns.replace("reference", "reference || '-" + k + "'")
                                        .replaceFirst("\\bid\\b", "id + " + k * offset)
                                        .replace("licence_number", "licence_number || '-" + k + "'")
                                + " FROM licence_application" + String.format(ids, "id", "id"));
                        statement.executeUpdate("INSERT INTO item (" + itemColumns + ") SELECT "
                                + itemColumns.replace("application_id", "application_id + " + k * offset)
                                + " FROM item" + String.format(ids, "application_id", "application_id"));
                    }
                    connection.commit();
                }
                System.out.printf("applications copied %d of %d times%n", k, copies);
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("ALTER TABLE licence_application ALTER COLUMN id RESTART WITH "
                        + ((copies + 1) * offset + 1));
            }
            connection.commit();
            connection.setAutoCommit(true);
            return offset;
        };
    }

    private static String columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    private static AuditDraft copy(AuditEntry entry, Instant at, int copy) {
        String reference = entry.applicationRef() == null || copy == 0 ? entry.applicationRef()
                : entry.applicationRef() + "-" + copy;
        return new AuditDraft(at, reference, AuditAction.valueOf(entry.action()), entry.actor(),
                UserRole.valueOf(entry.actorRole()), status(entry.fromStatus()), status(entry.toStatus()),
                entry.note(), entry.detailsJson());
    }

    private static ApplicationStatus status(String name) {
        return name == null ? null : ApplicationStatus.valueOf(name);
    }
}
