-- The dashboards count decisions by the time they were made: without this index every chart reads the whole
-- application table. Status and the deadline flag ride along so the decision counts read the index alone.
CREATE INDEX licence_application_decided_ix ON licence_application (decided_at, status, decided_within_deadline);
