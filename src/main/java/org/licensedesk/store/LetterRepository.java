package org.licensedesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Issued decision letters by their hashes, pointing at the audit entry that issued each. */
public final class LetterRepository {

    /** A letter as the desk issued it. */
    public record IssuedLetterRow(String fileSha256, String contentSha256, String applicationRef, String kind,
                                  long auditSeq) {
    }

    public void insert(Transaction transaction, IssuedLetterRow letter) {
        transaction.sql(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO letter (file_sha256, "
                    + "content_sha256, application_ref, kind, audit_seq) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, letter.fileSha256());
                insert.setString(2, letter.contentSha256());
                insert.setString(3, letter.applicationRef());
                insert.setString(4, letter.kind());
                insert.setLong(5, letter.auditSeq());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The letter whose file, or whose content (the QR code's hash), has this SHA-256. */
    public Optional<IssuedLetterRow> find(Transaction transaction, String sha256) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT file_sha256, content_sha256, "
                    + "application_ref, kind, audit_seq FROM letter WHERE file_sha256 = ? OR content_sha256 = ? "
                    + "ORDER BY audit_seq FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, sha256);
                query.setString(2, sha256);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new IssuedLetterRow(row.getString(1), row.getString(2),
                            row.getString(3), row.getString(4), row.getLong(5))) : Optional.empty();
                }
            }
        });
    }
}
