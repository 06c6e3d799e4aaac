-- Write attempts (issue 10, "Faults we test"): every write transaction inserts its own random attempt id here just
-- before it commits. When the connection breaks during COMMIT (an H2 file's serving process exits, a server's
-- connection is lost), the desk reconnects and looks for the id: found, the transaction committed and the action is
-- reported done; not found, nothing of it was written and the whole transaction is tried again. Rows are needed only
-- for those seconds and are pruned after an hour. Each store's own bookkeeping: copy-store does not copy it.
-- Portable SQL (H2 2.x and PostgreSQL 15+).
CREATE TABLE write_attempt (
    id UUID                     NOT NULL PRIMARY KEY,
    at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
