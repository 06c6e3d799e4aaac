-- The glued word starts of each audit entry's note (org.licensedesk.domain.history.NoteWords.glued): a run between two
-- words that holds no space, with the word after it ("-user" of "end-user"). A typed note text with such a run finds
-- the notes that can hold it by prefix, even when all its words are common (issue 11: 'end-user' read every entry
-- with the words "end" and "user", 23 s at 1,000,000 applications). Not part of the audit hash: derived from the note.
CREATE TABLE audit_note_glue (
    glue VARCHAR(160) NOT NULL,
    seq  BIGINT       NOT NULL,
    CONSTRAINT audit_note_glue_pk PRIMARY KEY (glue, seq)
);

CREATE INDEX audit_note_glue_seq_ix ON audit_note_glue (seq);

-- As for the note words: entries are never deleted by LicenseDesk; the cascade keeps the tamper tests simple.
ALTER TABLE audit_note_glue ADD CONSTRAINT audit_note_glue_entry_fk FOREIGN KEY (seq) REFERENCES audit_entry (seq)
    ON DELETE CASCADE;

-- Entries up to fill_to were written before this table existed; LicenseDesk fills their glued starts apart from
-- opening (in the background, like the note words: decision record 0006), a chunk per transaction. Until then a note
-- filter reads the note words alone, as before.
CREATE TABLE audit_note_glue_fill (
    id      INT    NOT NULL PRIMARY KEY,
    filled  BIGINT NOT NULL,
    fill_to BIGINT NOT NULL,
    CONSTRAINT audit_note_glue_fill_single_ck CHECK (id = 1)
);

INSERT INTO audit_note_glue_fill (id, filled, fill_to) SELECT 1, 0, seq FROM audit_head WHERE id = 1;
