-- The words of each audit entry's note (org.licensedesk.domain.history.NoteWords), so that a note filter is a
-- lookup by word prefix instead of a scan of every note. Not part of the audit hash: derived from the note.
CREATE TABLE audit_note_word (
    word VARCHAR(160) NOT NULL,
    seq  BIGINT       NOT NULL,
    CONSTRAINT audit_note_word_pk PRIMARY KEY (word, seq)
);

-- An entry's words, for checking a word per entry when another index leads the walk.
CREATE INDEX audit_note_word_seq_ix ON audit_note_word (seq, word);

-- Entries are never deleted by LicenseDesk; the cascade only keeps the integrity check's tamper tests (which delete
-- entries behind its back) about the audit chain alone.
ALTER TABLE audit_note_word ADD CONSTRAINT audit_note_word_entry_fk FOREIGN KEY (seq) REFERENCES audit_entry (seq)
    ON DELETE CASCADE;

-- Entries up to fill_to were written before this table existed; LicenseDesk fills their words when it opens the
-- database, a chunk per transaction, and records how far it got in filled. Later entries get theirs on append.
CREATE TABLE audit_note_word_fill (
    id      INT    NOT NULL PRIMARY KEY,
    filled  BIGINT NOT NULL,
    fill_to BIGINT NOT NULL,
    CONSTRAINT audit_note_word_fill_single_ck CHECK (id = 1)
);

INSERT INTO audit_note_word_fill (id, filled, fill_to) SELECT 1, 0, seq FROM audit_head WHERE id = 1;
