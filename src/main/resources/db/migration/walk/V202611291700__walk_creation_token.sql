-- One token per plan form: a repeated submit of the same form finds the walk it already created
-- instead of planning a duplicate. The unique index is the guard when two submits race.
ALTER TABLE walk ADD COLUMN creation_token UUID;
CREATE UNIQUE INDEX walk_by_creation_token ON walk (municipality_id, creation_token);
