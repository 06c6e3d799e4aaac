-- A fourth kind of history fact (store.HistoryFactIndex): an entry's action and its application's status now, as one
-- fact 'ACTION/STATUS' of kind 'action_status', so that an action with an outcome is one walk along
-- (kind, fact, seq) (issue 11: DENIED + APPROVED, which almost never meet, exhausted one side: 42 s at 1,000,000
-- applications). Rewritten with the status facts when the application's status changes. No new table.

-- Entries up to fill_to were written before this fact existed; LicenseDesk fills theirs from their status facts apart
-- from opening, a chunk per transaction (after the V58 fill, whose facts it reads). Until then an action with an
-- outcome walks as before.
CREATE TABLE history_action_fact_fill (
    id      INT    NOT NULL PRIMARY KEY,
    filled  BIGINT NOT NULL,
    fill_to BIGINT NOT NULL,
    CONSTRAINT history_action_fact_fill_single_ck CHECK (id = 1)
);

INSERT INTO history_action_fact_fill (id, filled, fill_to) SELECT 1, 0, seq FROM audit_head WHERE id = 1;
