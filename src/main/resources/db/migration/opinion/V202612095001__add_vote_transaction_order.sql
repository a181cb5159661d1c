-- The in-memory vote matrix of a dialogue reads only the votes written since its last read. A
-- serial number would be handed out in insert order, not commit order: a reader that moved past a
-- number whose transaction was still open would never see that vote. So every vote row carries the
-- id of the transaction that wrote it last (a changed vote gets the new transaction's id), and a
-- reader takes only rows of transactions older than the oldest one still running when it read
-- (pg_snapshot_xmin): all of those have ended, so none can commit later. The next read starts
-- there. xid8 is 64 bits wide and never wraps around.
ALTER TABLE opinion_vote ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX opinion_vote_dialogue_tx ON opinion_vote (municipality_id, dialogue_id, tx);

-- The horizon the stored result was computed up to: a vote whose tx is at or past it is newer.
ALTER TABLE opinion_result ADD COLUMN votes_before xid8;
