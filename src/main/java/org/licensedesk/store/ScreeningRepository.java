package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Disposition;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.MofcomListing;
import org.licensedesk.domain.ScreeningEntry;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.ScreeningSubject;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.Party;

/** Restricted-party list entries and their aliases, the hits found on applications, and the match threshold. */
public final class ScreeningRepository {
    private static final int BATCH = 1_000;
    private static final String THRESHOLD = "match_threshold";
    /**
     * A hit's disposition is the one given for the same party (role and name as screened) on the same listed entry
     * (V62, issue 13): two end users hitting one entry each need their own.
     */
    static final String DISPOSITION_OF_HIT = "d.application_id = h.application_id AND d.party_role = h.party_role "
            + "AND d.party_name = h.party_name AND d.entry_key = h.entry_key";
    private static final String DISPOSITION_JOIN = "LEFT JOIN screening_disposition d ON " + DISPOSITION_OF_HIT + " ";
    /**
     * regime: sets {@code watch_listed} (V54) from the hits and dispositions: a party confirmed on MOFCOM's watch list
     * lifts the statutory time limit (Regulations Art. 26). Followed by the WHERE of the applications to set.
     */
    static final String REFRESH_WATCH_LISTED_ALL = "UPDATE licence_application SET watch_listed = CASE WHEN EXISTS ("
            + "SELECT 1 FROM screening_hit h JOIN screening_disposition d ON " + DISPOSITION_OF_HIT
            + " WHERE h.application_id = licence_application.id AND h.source = 'MOFCOM' AND h.list_name = '"
            + MofcomListing.MofcomList.WATCH.listName() + "' AND d.disposition = 'TRUE_MATCH') THEN TRUE ELSE FALSE END ";
    /** {@link #REFRESH_WATCH_LISTED_ALL} of one application; run whenever its hits or dispositions change. */
    private static final String REFRESH_WATCH_LISTED = REFRESH_WATCH_LISTED_ALL + "WHERE reference = ?";
    private static final String SUBJECT_QUERY = "SELECT a.reference, a.applicant_name, c.name, e.name, a.received_on "
            + "FROM licence_application a "
            + "LEFT JOIN party c ON c.application_id = a.id AND c.role = 'CONSIGNEE' "
            + "LEFT JOIN party e ON e.application_id = a.id AND e.role = 'END_USER' ";

    private final Database database;

    public ScreeningRepository(Database database) {
        this.database = database;
    }

    /** Deletes every entry of {@code source} and stores {@code entries} instead, on the caller's transaction. */
    public void replaceSource(Transaction transaction, String source, List<ScreeningEntry> entries) {
        transaction.sql(connection -> {
            replaceSource(connection, source, entries);
            return null;
        });
    }

    void replaceSource(Connection connection, String source, List<ScreeningEntry> entries) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM screening_entry WHERE source = ?")) {
            delete.setString(1, source);
            delete.executeUpdate();
        }
        for (int from = 0; from < entries.size(); from += BATCH) {
            insertBatch(connection, source, entries.subList(from, Math.min(entries.size(), from + BATCH)));
        }
    }

    private static void insertBatch(Connection connection, String source, List<ScreeningEntry> batch)
            throws SQLException {
        long[] ids = new long[batch.size()];
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO screening_entry (source, list_name, entity_id, name, entry_type, programs, addresses, "
                        + "mofcom_list, name_zh, name_en, country, announcement, listed_on, suspended_from, "
                        + "suspended_until, removed_on, source_url) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (ScreeningEntry entry : batch) {
                if (!entry.source().equals(source)) {
                    throw new IllegalArgumentException("entry " + entry.name() + " is from " + entry.source()
                            + ", not " + source);
                }
                insert.setString(1, entry.source());
                insert.setString(2, entry.listName());
                insert.setString(3, entry.entityId());
                insert.setString(4, entry.name());
                insert.setString(5, entry.entryType());
                insert.setString(6, entry.programs());
                insert.setString(7, entry.addresses());
                bindListing(insert, entry.mofcom());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int n = 0; n < ids.length; n++) {
                    keys.next();
                    ids[n] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO screening_alias (entry_id, alias) VALUES (?, ?)")) {
            for (int n = 0; n < ids.length; n++) {
                for (String alias : batch.get(n).aliases()) {
                    insert.setLong(1, ids[n]);
                    insert.setString(2, alias);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bindListing(PreparedStatement insert, MofcomListing listing) throws SQLException {
        insert.setString(8, listing == null ? null : listing.list().name());
        insert.setString(9, listing == null ? null : listing.nameZh());
        insert.setString(10, listing == null ? null : listing.nameEn());
        insert.setString(11, listing == null ? null : listing.country());
        insert.setString(12, listing == null ? null : listing.announcement());
        insert.setDate(13, listing == null ? null : sqlDate(listing.listedOn()));
        insert.setDate(14, listing == null ? null : sqlDate(listing.suspendedFrom()));
        insert.setDate(15, listing == null ? null : sqlDate(listing.suspendedUntil()));
        insert.setDate(16, listing == null ? null : sqlDate(listing.removedOn()));
        insert.setString(17, listing == null ? null : listing.sourceUrl());
    }

    private static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static MofcomListing listing(ResultSet rows) throws SQLException {
        String list = rows.getString(9);
        if (list == null) {
            return null;
        }
        return new MofcomListing(MofcomListing.MofcomList.valueOf(list), rows.getString(10), rows.getString(11),
                rows.getString(12), rows.getString(13), localDate(rows.getDate(14)), localDate(rows.getDate(15)),
                localDate(rows.getDate(16)), localDate(rows.getDate(17)), rows.getString(18));
    }

    /** Every stored entry with its aliases, in id order. */
    public List<ScreeningEntry> entries() {
        return database.withConnection(this::entries);
    }

    /** Every entry with its aliases as the caller's transaction sees them, in id order. */
    public List<ScreeningEntry> entries(Transaction transaction) {
        return transaction.sql(connection -> entries(connection));
    }

    List<ScreeningEntry> entries(Connection connection) throws SQLException {
        {
            Map<Long, List<String>> aliases = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT entry_id, alias FROM screening_alias");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    aliases.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<ScreeningEntry> entries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, source, list_name, entity_id, name, entry_type, programs, addresses, "
                            + "mofcom_list, name_zh, name_en, country, announcement, listed_on, suspended_from, "
                            + "suspended_until, removed_on, source_url FROM screening_entry ORDER BY id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    entries.add(new ScreeningEntry(id, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            aliases.getOrDefault(id, List.of()), listing(rows)));
                }
            }
            return entries;
        }
    }

    /**
     * A value that changes whenever any source is reloaded (ids only grow), so a matcher built from the
     * entries can tell it is out of date, also when another program reloaded a list.
     */
    public String listVersion() {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MIN(id), 0) FROM screening_entry");
                 ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) + ":" + row.getLong(2) + ":" + row.getLong(3);
            }
        });
    }

    /** How many entries each source holds; sources without entries are absent. */
    public Map<String, Integer> entryCounts() {
        return database.withConnection(this::entryCounts);
    }

    public Map<String, Integer> entryCounts(Transaction transaction) {
        return transaction.sql(connection -> entryCounts(connection));
    }

    Map<String, Integer> entryCounts(Connection connection) throws SQLException {
        {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT source, COUNT(*) FROM screening_entry GROUP BY source ORDER BY source");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        }
    }

    /** The match threshold, 0 to 100. */
    public int threshold() {
        return database.withConnection(this::threshold);
    }

    public int threshold(Transaction transaction) {
        return transaction.sql(connection -> threshold(connection));
    }

    int threshold(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT setting_value FROM screening_setting WHERE name = ?")) {
            query.setString(1, THRESHOLD);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Integer.parseInt(row.getString(1).strip()) : 85;
            }
        }
    }

    public void setThreshold(Transaction transaction, int threshold) {
        transaction.sql(connection -> {
            setThreshold(connection, threshold);
            return null;
        });
    }

    void setThreshold(Connection connection, int threshold) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE screening_setting SET setting_value = ? WHERE name = ?")) {
            update.setString(1, Integer.toString(threshold));
            update.setString(2, THRESHOLD);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO screening_setting (name, setting_value) VALUES (?, ?)")) {
                    insert.setString(1, THRESHOLD);
                    insert.setString(2, Integer.toString(threshold));
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The party names of the application, if it exists. */
    public Optional<ScreeningSubject> subject(Transaction transaction, String reference) {
        return transaction.sql(connection -> subject(connection, reference));
    }

    Optional<ScreeningSubject> subject(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SUBJECT_QUERY + "WHERE a.reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ScreeningSubject subject = subject(row);
                List<Party> further = furtherParties(connection, "a.reference = ?", List.of(reference))
                        .getOrDefault(reference, List.of());
                return Optional.of(subject.withFurtherParties(further));
            }
        }
    }

    /** The party names of every application in one of {@code statuses}. */
    public List<ScreeningSubject> subjects(Transaction transaction, Set<ApplicationStatus> statuses) {
        return transaction.sql(connection -> subjects(connection, statuses));
    }

    List<ScreeningSubject> subjects(Connection connection, Set<ApplicationStatus> statuses)
            throws SQLException {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement(
                SUBJECT_QUERY + "WHERE a.status IN (" + placeholders + ") ORDER BY a.reference")) {
            int i = 1;
            for (ApplicationStatus status : statuses) {
                query.setString(i++, status.name());
            }
            query.setFetchSize(5_000);
            List<ScreeningSubject> subjects = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    subjects.add(subject(rows));
                }
            }
            Map<String, List<Party>> further = furtherParties(connection, "a.status IN (" + placeholders + ")",
                    statuses.stream().map(Enum::name).toList());
            if (further.isEmpty()) {
                return subjects;
            }
            List<ScreeningSubject> withFurther = new ArrayList<>(subjects.size());
            for (ScreeningSubject subject : subjects) {
                List<Party> parties = further.get(subject.reference());
                withFurther.add(parties == null ? subject : subject.withFurtherParties(parties));
            }
            return withFurther;
        }
    }

    /**
     * The further permitted parties of a general licence (Regulations Art. 15, table {@code permitted_party}) of the
     * applications the condition selects, by reference, in their order.
     */
    private static Map<String, List<Party>> furtherParties(Connection connection, String condition,
                                                           List<String> parameters) throws SQLException {
        Map<String, List<Party>> parties = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.reference, p.role, p.name, p.country, "
                + "p.address FROM permitted_party p JOIN licence_application a ON a.id = p.application_id WHERE "
                + condition + " ORDER BY a.reference, p.line_no")) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    parties.computeIfAbsent(rows.getString(1), reference -> new ArrayList<>()).add(new Party(
                            PartyRole.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
        }
        return parties;
    }

    private static ScreeningSubject subject(ResultSet row) throws SQLException {
        return new ScreeningSubject(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                localDate(row.getDate(5)));
    }

    /** Replaces the stored hits of the applications in {@code hitsByReference}, on the caller's transaction. */
    public void replaceHits(Transaction transaction, Map<String, List<ScreeningHit>> hitsByReference) {
        transaction.sql(connection -> {
            replaceHits(connection, hitsByReference);
            return null;
        });
    }

    void replaceHits(Connection connection, Map<String, List<ScreeningHit>> hitsByReference)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM screening_hit WHERE application_id = "
                + "(SELECT id FROM licence_application WHERE reference = ?)");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO screening_hit (application_id, party_role, party_name, entry_id, entry_key, "
                             + "source, listed_name, matched_alias, list_name, programs, score, screened_at) "
                             + "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM licence_application "
                             + "WHERE reference = ?");
             PreparedStatement watchListed = connection.prepareStatement(REFRESH_WATCH_LISTED)) {
            int pending = 0;
            for (Map.Entry<String, List<ScreeningHit>> application : hitsByReference.entrySet()) {
                delete.setString(1, application.getKey());
                delete.addBatch();
                watchListed.setString(1, application.getKey());
                watchListed.addBatch();
                for (ScreeningHit hit : application.getValue()) {
                    int i = 1;
                    insert.setString(i++, hit.party().name());
                    insert.setString(i++, hit.partyName());
                    if (hit.entryId() == null) {
                        insert.setNull(i++, Types.BIGINT);
                    } else {
                        insert.setLong(i++, hit.entryId());
                    }
                    insert.setString(i++, hit.entryKey());
                    insert.setString(i++, hit.source());
                    insert.setString(i++, hit.listedName());
                    insert.setString(i++, hit.matchedAlias());
                    insert.setString(i++, hit.listName());
                    insert.setString(i++, hit.programs());
                    insert.setInt(i++, hit.score());
                    insert.setString(i++, AuditRepository.AT_FORMAT.format(hit.screenedAt()));
                    insert.setString(i, application.getKey());
                    insert.addBatch();
                }
                if (++pending == BATCH) {
                    delete.executeBatch();
                    insert.executeBatch();
                    watchListed.executeBatch();
                    pending = 0;
                }
            }
            delete.executeBatch();
            insert.executeBatch();
            watchListed.executeBatch();
        }
    }

    /** The stored hits of one application with their dispositions: by party, then highest score first. */
    public List<ScreeningHit> hits(String reference) {
        return database.withConnection(connection -> hits(connection, reference));
    }

    public List<ScreeningHit> hits(Transaction transaction, String reference) {
        return transaction.sql(connection -> hits(connection, reference));
    }

    List<ScreeningHit> hits(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT h.party_role, h.party_name, h.entry_id, h.entry_key, h.source, h.listed_name, "
                        + "h.matched_alias, h.list_name, h.programs, h.score, h.screened_at, "
                        + "d.disposition, d.note, d.disposed_by, d.disposed_at FROM screening_hit h "
                        + "JOIN licence_application a ON a.id = h.application_id " + DISPOSITION_JOIN
                        + "WHERE a.reference = ? ORDER BY h.score DESC, h.listed_name")) {
            query.setString(1, reference);
            List<ScreeningHit> hits = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long entryId = rows.getLong(3);
                    Long storedEntryId = rows.wasNull() ? null : entryId;
                    String verdict = rows.getString(12);
                    Disposition disposition = verdict == null ? null : new Disposition(
                            ScreeningDisposition.valueOf(verdict), rows.getString(13), rows.getString(14),
                            Instant.parse(rows.getString(15)));
                    hits.add(new ScreeningHit(reference, ScreenedParty.valueOf(rows.getString(1)),
                            rows.getString(2), storedEntryId, rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                            rows.getInt(10), Instant.parse(rows.getString(11)), disposition));
                }
            }
            hits.sort(Comparator.comparing(ScreeningHit::party)
                    .thenComparing(ScreeningHit::score, Comparator.reverseOrder()));
            return hits;
        }
    }

    /**
     * Stores a disposition on the caller's transaction; the hit is named by its application, party (role and name)
     * and entry key, so the disposition outlives the hit's row when the application is screened again.
     */
    public void addDisposition(Transaction transaction, ScreeningHit hit, Disposition disposition) {
        transaction.sql(connection -> {
            addDisposition(connection, hit, disposition);
            return null;
        });
    }

    void addDisposition(Connection connection, ScreeningHit hit, Disposition disposition)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO screening_disposition (application_id, party_role, party_name, entry_key, disposition, "
                        + "note, disposed_by, disposed_at) SELECT id, ?, ?, ?, ?, ?, ?, ? FROM licence_application "
                        + "WHERE reference = ?")) {
            int i = 1;
            insert.setString(i++, hit.party().name());
            insert.setString(i++, hit.partyName());
            insert.setString(i++, hit.entryKey());
            insert.setString(i++, disposition.verdict().name());
            insert.setString(i++, disposition.note());
            insert.setString(i++, disposition.by());
            insert.setString(i++, AuditRepository.AT_FORMAT.format(disposition.at()));
            insert.setString(i, hit.applicationRef());
            if (insert.executeUpdate() != 1) {
                throw new StoreException("No application " + hit.applicationRef());
            }
        }
        try (PreparedStatement watchListed = connection.prepareStatement(REFRESH_WATCH_LISTED)) {
            watchListed.setString(1, hit.applicationRef());
            watchListed.executeUpdate();
        }
    }

    /**
     * References of the applications the queue flags: at least one hit without a disposition, or one recorded
     * as a true match.
     */
    public Set<String> flaggedReferences() {
        return database.withConnection(connection -> {
            Set<String> references = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT a.reference FROM screening_hit h JOIN licence_application a "
                            + "ON a.id = h.application_id " + DISPOSITION_JOIN
                            + "WHERE d.disposition IS NULL OR d.disposition = 'TRUE_MATCH'");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            return references;
        });
    }
}
