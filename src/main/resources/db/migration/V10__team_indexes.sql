-- The Team view counts open applications per assignee, status and deadline clock, and recent decisions per
-- reviewer. Both indexes hold every column their query reads, so 100,000 applications are counted from the index
-- without reading the wide application rows.
CREATE INDEX licence_application_team_open_ix
    ON licence_application (status, assignee, received_on, stopped_working_days, clock_stopped_on);
CREATE INDEX licence_application_team_decided_ix
    ON licence_application (decided_at, status, assignee, recommended_by);
