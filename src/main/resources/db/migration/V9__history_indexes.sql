-- Decision history: one actor's entries of one action, newest first, as one walk along an index
-- (an actor's rare actions, e.g. a supervisor's denials, would otherwise scan all of the actor's entries).
CREATE INDEX audit_entry_action_actor_ix ON audit_entry (action, actor, seq);
