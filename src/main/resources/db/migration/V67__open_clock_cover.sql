-- The Team view and the dashboards at 1,000,000 applications (issue 11). Their open-application queries read the
-- deadline clock's five columns (V52 and V54 added clock_stop_reason and watch_listed after V10/V11 made their
-- indexes), so H2 fetched every open row from the table: 346,341 random reads in a 7.7 GB file, 27-38 s for the
-- workload lines and 42 s for the age chart (docs/benchmarks.md, session of 6 Dec 15:44). One index now holds
-- every column those queries read, led by status, so they are answered from the index alone: the workload groups
-- and the age chart's clocks (status IN the open ones), an assignee's or the unassigned open cases in received
-- order (status, assignee; reference, applicant and version for the lines), and the references behind an age bar.
-- It replaces the two narrower indexes it contains the purpose of. Portable CREATE INDEX (H2 and PostgreSQL).
CREATE INDEX licence_application_open_ix ON licence_application (status, assignee, received_on, reference,
    stopped_working_days, clock_stopped_on, clock_stop_reason, watch_listed, applicant_name, version);
DROP INDEX licence_application_team_open_ix;
DROP INDEX licence_application_clock_ix;

-- Approved kilograms per destination: H2 reads the decisions through (status, decided_at), the most selective
-- index for status = 'APPROVED' and the period, and then fetched each row for its country and kilograms (230,000
-- reads, 39 s at 1,000,000). The same index with those two columns after it answers from the index alone; the
-- party history's denials (status, decided_at, applicant_id) read the same prefix as before.
DROP INDEX licence_application_denials_ix;
CREATE INDEX licence_application_denials_ix ON licence_application (status, decided_at, applicant_id,
    end_user_country, total_kg);
