-- Issue 13: the value above which a decision needs a second countersignature is the bureau's setting, changed by a
-- supervisor with an audited COUNTERSIGN_THRESHOLD_CHANGED entry, no longer a constant in the code. US dollars, the
-- items' total; 1000000 is the value the desk used before this migration.
CREATE TABLE workflow_setting (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
INSERT INTO workflow_setting (name, setting_value) VALUES ('countersign_value_threshold_usd', '1000000');
