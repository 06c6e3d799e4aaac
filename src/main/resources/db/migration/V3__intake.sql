-- Intake: applications imported without an end-user certificate are flagged for the queue.
ALTER TABLE licence_application ADD COLUMN incomplete BOOLEAN DEFAULT FALSE NOT NULL;
