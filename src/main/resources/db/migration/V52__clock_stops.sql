-- regime: why the decision clock is stopped when that is not a request for information (Regulations Art. 17(3):
-- IDENTIFICATION, EXPERT_CONSULTATION, ON_SITE_VERIFICATION; Art. 17(2): STATE_COUNCIL_REFERRAL). The day it stopped
-- is clock_stopped_on, as for a request for information, so every deadline counts these stops the same way.
ALTER TABLE licence_application ADD COLUMN clock_stop_reason VARCHAR(40);
