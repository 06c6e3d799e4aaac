-- regime: a general licence names several permitted consignees and end users (Regulations Art. 15); the holder
-- exports only to those. The application's further parties (besides its consignee and end user) are kept in order;
-- its licence reads them through licence.application_ref after its own two (licence_party comes from V70, after
-- this range, so it is not altered here). Portable SQL (H2 2.x and PostgreSQL 15+).
CREATE TABLE permitted_party (
    application_id BIGINT       NOT NULL,
    line_no        INT          NOT NULL,
    role           VARCHAR(12)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    country        CHAR(2)      NOT NULL,
    address        VARCHAR(300) NOT NULL,
    CONSTRAINT permitted_party_pk PRIMARY KEY (application_id, line_no),
    CONSTRAINT permitted_party_application_fk FOREIGN KEY (application_id) REFERENCES licence_application (id),
    CONSTRAINT permitted_party_role_ck CHECK (role IN ('CONSIGNEE', 'END_USER'))
);

