-- Each application keeps its applicant's details as its own file gave them (issue 9, found by the intake fuzzer).
-- The applicant table holds one row per USCC, written when the first application of that applicant arrived; an
-- application filed later with a new address or contact was read back with the first one's. The application row now
-- carries the rest of what it was filed with (applicant_name is already there), and the applicant row stays the
-- applicant's identity for party history. Existing rows are filled from the applicant table, which is what they
-- showed until now. Portable: plain ADD COLUMN and a correlated UPDATE (H2 2.x and PostgreSQL 15).
ALTER TABLE licence_application ADD COLUMN applicant_name_local VARCHAR(200);
ALTER TABLE licence_application ADD COLUMN applicant_address VARCHAR(300);
ALTER TABLE licence_application ADD COLUMN applicant_contact_name VARCHAR(100);
ALTER TABLE licence_application ADD COLUMN applicant_contact_phone VARCHAR(40);
ALTER TABLE licence_application ADD COLUMN applicant_contact_email VARCHAR(200);

UPDATE licence_application SET
    applicant_name_local = (SELECT p.name_local FROM applicant p WHERE p.id = licence_application.applicant_id),
    applicant_address = (SELECT p.address FROM applicant p WHERE p.id = licence_application.applicant_id),
    applicant_contact_name = (SELECT p.contact_name FROM applicant p WHERE p.id = licence_application.applicant_id),
    applicant_contact_phone = (SELECT p.contact_phone FROM applicant p WHERE p.id = licence_application.applicant_id),
    applicant_contact_email = (SELECT p.contact_email FROM applicant p WHERE p.id = licence_application.applicant_id);
