-- Sign-in, the decision workflow's state on the application, and the append-only audit trail.

ALTER TABLE app_user ADD COLUMN password_hash VARCHAR(128);
ALTER TABLE app_user ADD COLUMN password_salt VARCHAR(64);
ALTER TABLE app_user ADD COLUMN password_iterations INT;
ALTER TABLE app_user ADD COLUMN failed_sign_ins INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

-- Workflow state kept on the application so the queue and the rules read one row.
ALTER TABLE licence_application ADD COLUMN recommended_by VARCHAR(40);
ALTER TABLE licence_application ADD COLUMN recommendation VARCHAR(24);
ALTER TABLE licence_application ADD COLUMN clock_stopped_on DATE;
ALTER TABLE licence_application ADD COLUMN stopped_working_days INT DEFAULT 0 NOT NULL;
ALTER TABLE licence_application ADD COLUMN decided_at VARCHAR(24);
ALTER TABLE licence_application ADD COLUMN decided_within_deadline BOOLEAN;
ALTER TABLE licence_application ADD COLUMN licence_number VARCHAR(40);
ALTER TABLE licence_application ADD COLUMN licence_valid_from DATE;
ALTER TABLE licence_application ADD COLUMN licence_valid_until DATE;
ALTER TABLE licence_application ADD COLUMN last_changed_by VARCHAR(40);
ALTER TABLE licence_application ADD COLUMN last_changed_at VARCHAR(24);

CREATE INDEX licence_application_recommended_by_ix ON licence_application (recommended_by);

-- One hash chain over the whole database, in seq order. The application only ever inserts here.
CREATE TABLE audit_entry (
    seq             BIGINT         NOT NULL PRIMARY KEY,
    at              VARCHAR(24)    NOT NULL,
    application_ref VARCHAR(32),
    action          VARCHAR(40)    NOT NULL,
    actor           VARCHAR(40)    NOT NULL,
    actor_role      VARCHAR(16)    NOT NULL,
    from_status     VARCHAR(24),
    to_status       VARCHAR(24),
    note            VARCHAR(20000) NOT NULL,
    details         VARCHAR(200000) NOT NULL,
    prev_hash       CHAR(64)       NOT NULL,
    hash            CHAR(64)       NOT NULL,
    CONSTRAINT audit_entry_actor_fk FOREIGN KEY (actor) REFERENCES app_user (username)
);

CREATE INDEX audit_entry_application_ix ON audit_entry (application_ref, seq);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, seq);
CREATE INDEX audit_entry_at_ix ON audit_entry (at, seq);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, seq);

-- The chain's head, locked by each append so that two writers can never fork the chain.
CREATE TABLE audit_head (
    id   INT      NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_ck CHECK (id = 1)
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
