-- countersign (issue 13): the first of two countersignatures a rule requires (a general licence, a watch-list party,
-- a decision against the recommendation, a value above the threshold): who gave it and what they decided (APPROVED or
-- DENIED); both null while none is required or given, and cleared when the application is sent back.
-- Portable SQL (H2 2.x and PostgreSQL 15).
ALTER TABLE licence_application ADD COLUMN countersigned_by VARCHAR(40);
ALTER TABLE licence_application ADD COLUMN countersigned_decision VARCHAR(20);
