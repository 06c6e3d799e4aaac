-- regime: the official working-day calendar, kept in the database so every workstation counts deadlines alike.
-- A year imported here replaces the bundled file's days for that year. Portable SQL (H2 2.x and PostgreSQL 15+).

-- One row per imported year: which file (its SHA-256), who imported it and when.
CREATE TABLE calendar_year (
    calendar_year INT          NOT NULL PRIMARY KEY,
    file_sha256   VARCHAR(64)  NOT NULL,
    imported_by   VARCHAR(64)  NOT NULL,
    imported_at   TIMESTAMP    NOT NULL
);

-- The year's public holidays and make-up working days (weekends declared working days).
CREATE TABLE calendar_day (
    calendar_date DATE         NOT NULL PRIMARY KEY,
    calendar_year INT          NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    name          VARCHAR(200) NOT NULL,
    CONSTRAINT calendar_day_year_fk FOREIGN KEY (calendar_year) REFERENCES calendar_year (calendar_year)
        ON DELETE CASCADE,
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

CREATE INDEX calendar_day_year_ix ON calendar_day (calendar_year);
