-- History of the parties: finding an application's earlier applications by applicant and by end user, and the
-- applicants with a recent denial, by index on a million applications. Portable SQL (H2 2.x and PostgreSQL 15+).

-- The end user's name in the form the screening compares (NameNormalizer: case, punctuation, diacritics and legal
-- forms folded, words sorted), so "Bavaria Magnet Works GmbH" and "BAVARIA MAGNET WORKS AG" are one end user.
-- Null until filled: rows stored before V8 get it when LicenseDesk next opens the database (PartyHistoryService
-- fills every row without one), because SQL alone cannot normalise a name the way the Java code does.
ALTER TABLE licence_application ADD COLUMN end_user_key VARCHAR(400);

CREATE INDEX licence_application_end_user_key_ix
    ON licence_application (end_user_key, end_user_country, received_on);

-- "Applicant has a denial in the last 3 years": the denials by decision time with their applicant, then those
-- applicants' applications in the queue's statuses read from the index alone (without the reference in it, H2 reads
-- every such row: 1.3 s instead of 0.1 s on 100,000 applications). Applicants are found by their unique USCC, and
-- an applicant's applications by date through licence_application_applicant_ix (V1).
CREATE INDEX licence_application_denials_ix ON licence_application (status, decided_at, applicant_id);
CREATE INDEX licence_application_applicant_status_ix ON licence_application (applicant_id, status, reference);
