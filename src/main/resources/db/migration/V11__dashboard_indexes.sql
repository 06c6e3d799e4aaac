-- The dashboards count in the database, so these indexes hold every column their queries read: the counts come
-- from the indexes without reading the wide application and item rows.

-- Decisions by when they were made, with what the charts group and sum them by.
CREATE INDEX licence_application_chart_decided_ix ON licence_application (decided_at, status, decided_within_deadline,
    received_on, stopped_working_days, end_user_country, total_kg);

-- Open applications by their deadline clock, for their age in working days.
CREATE INDEX licence_application_clock_ix ON licence_application (status, received_on, stopped_working_days,
    clock_stopped_on);

-- The items of an application with their element and quantity, for the approved quantities per element.
CREATE INDEX item_element_ix ON item (application_id, element_symbol, unit, quantity, control_code);
