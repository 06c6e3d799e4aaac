-- regime: the applicant declares a military end user or end use; recommending approval then needs a supervisor's
-- note first (issue 13). Older applications declared nothing.
ALTER TABLE licence_application ADD COLUMN military_declared BOOLEAN DEFAULT FALSE NOT NULL;
