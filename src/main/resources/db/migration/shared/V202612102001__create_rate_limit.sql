-- Anonymous rate limits shared by every application node (shared.web.AnonymousRateLimiter).
-- A row counts one client's attempts at one action: the accepted attempts within the action's
-- sliding window, per slot of a sixtieth of the window ({"slot number": count}). The client is
-- only a salted SHA-256 of its address; the salt of each day is in rate_limit_salt so every node
-- computes the same key, and it is deleted after its day, which makes the old keys unlinkable. Rows past expires_at are deleted by
-- the job rate-limit-cleanup. Belongs to the installation.
CREATE TABLE rate_limit (
    action     TEXT        NOT NULL,
    client_key TEXT        NOT NULL,
    hits       JSONB       NOT NULL,
    accepted   BOOLEAN     NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (action, client_key)
);

CREATE INDEX rate_limit_expires_at ON rate_limit (expires_at);

CREATE TABLE rate_limit_salt (
    day  DATE  NOT NULL PRIMARY KEY,
    salt BYTEA NOT NULL
);
