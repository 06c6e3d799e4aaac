-- regime: an application with a party confirmed (TRUE_MATCH) on MOFCOM's watch list has no statutory time limit
-- (Regulations Art. 26). Kept in step by ScreeningRepository whenever hits are replaced or a disposition is added,
-- so every deadline reader (queue, details, show, dashboards, the past-deadline inbox) reads it with the clock
-- columns instead of joining the hits. Portable SQL (H2 2.x and PostgreSQL 15+).
ALTER TABLE licence_application ADD COLUMN watch_listed BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE licence_application SET watch_listed = TRUE WHERE EXISTS (
    SELECT 1 FROM screening_hit h JOIN screening_disposition d
        ON d.application_id = h.application_id AND d.party_role = h.party_role AND d.entry_key = h.entry_key
    WHERE h.application_id = licence_application.id AND h.source = 'MOFCOM' AND h.list_name = 'MOFCOM Watch List'
      AND d.disposition = 'TRUE_MATCH');
