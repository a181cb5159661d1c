-- A rumour form carries a creation token, so a repeated submit of the same form records nothing
-- new, and the edit form carries the version it was opened at, so a stale save is refused instead
-- of silently overwriting what someone else saved in between.
ALTER TABLE rumour ADD COLUMN creation_token UUID;
ALTER TABLE rumour ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX rumour_creation_token ON rumour (municipality_id, creation_token);
