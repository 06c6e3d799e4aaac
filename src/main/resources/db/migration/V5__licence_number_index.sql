-- Each approval checks that its licence number is new; without an index that reads the whole table.
-- Unique: a licence number is issued once. Many rows have none (NULL), which a unique index allows.
CREATE UNIQUE INDEX licence_application_licence_number_uk ON licence_application (licence_number);
