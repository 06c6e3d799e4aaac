-- The queue paged by the database (issue 11): one status, optionally one assignee or the unassigned, in
-- received/reference order. With this index every such page is read in index order from its key and stops after
-- the page, instead of reading all of the status's rows to find the few unassigned ones (445 ms -> 1 ms on a
-- 100,000 database). Portable: a plain CREATE INDEX on standard columns (H2 and PostgreSQL).
CREATE INDEX licence_application_queue_page_ix ON licence_application (status, assignee, received_on, reference);
