-- licences: decision letters issued as PDF. The audit entry (LETTER_ISSUED) is the proof; this table finds it from
-- a file's or a QR code's SHA-256 without reading the whole trail. Portable SQL (H2 2.x and PostgreSQL 15+).
CREATE TABLE letter (
    file_sha256     CHAR(64)    NOT NULL PRIMARY KEY,
    content_sha256  CHAR(64)    NOT NULL,
    application_ref VARCHAR(32) NOT NULL,
    kind            VARCHAR(24) NOT NULL,
    audit_seq       BIGINT      NOT NULL,
    CONSTRAINT letter_application_fk FOREIGN KEY (application_ref) REFERENCES licence_application (reference)
);

CREATE INDEX letter_content_ix ON letter (content_sha256);
CREATE INDEX letter_application_ix ON letter (application_ref);
