-- The key that signs and seals what the server hands to browsers instead of keeping it in a
-- session (CSRF cookie, fill-time stamps, one-time notices). Created once at the first start and
-- shared by every node of the installation; APP_SECRET, when set, is used instead.
CREATE TABLE server_secret (
    name        TEXT PRIMARY KEY,
    secret      BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
