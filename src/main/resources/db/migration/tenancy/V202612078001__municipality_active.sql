-- A platform operator can deactivate a municipality: its pages say so and its staff cannot sign in,
-- while every row it owns is kept. Reactivating it brings everything back.
ALTER TABLE municipality ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE municipality ADD COLUMN status_changed_at TIMESTAMPTZ;
