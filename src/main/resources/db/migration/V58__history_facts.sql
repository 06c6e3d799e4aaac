-- The facts of each audit entry's application that the decision history filters by (issue 11): its status now,
-- end-user country, applicant, and its items' elements and control codes, one row per entry and fact, so that a
-- filter (or a pair) walks (kind, fact, seq) in seq order and stops after the page, instead of joining the
-- application entry by entry. Derived, not part of the audit hash: written on append, and rewritten for an
-- application's entries when its status changes (store.HistoryFactIndex).
CREATE TABLE history_fact (
    kind VARCHAR(16)  NOT NULL,
    fact VARCHAR(64)  NOT NULL,
    seq  BIGINT       NOT NULL,
    CONSTRAINT history_fact_pk PRIMARY KEY (kind, fact, seq)
);

-- An entry's facts, for checking a fact per entry while another index leads, and for rewriting an entry's facts.
CREATE INDEX history_fact_seq_ix ON history_fact (seq, kind, fact);

-- As for the note words: entries are never deleted by LicenseDesk; the cascade keeps the tamper tests simple.
ALTER TABLE history_fact ADD CONSTRAINT history_fact_entry_fk FOREIGN KEY (seq) REFERENCES audit_entry (seq)
    ON DELETE CASCADE;

-- Entries up to fill_to were written before this table existed; LicenseDesk fills their facts apart from opening
-- (in the background, like the note words: decision record 0006), a chunk per transaction, and records how far it
-- got in filled. Until then the history filters join the applications as before.
CREATE TABLE history_fact_fill (
    id      INT    NOT NULL PRIMARY KEY,
    filled  BIGINT NOT NULL,
    fill_to BIGINT NOT NULL,
    CONSTRAINT history_fact_fill_single_ck CHECK (id = 1)
);

INSERT INTO history_fact_fill (id, filled, fill_to) SELECT 1, 0, seq FROM audit_head WHERE id = 1;
