-- Failed sign-ins are counted per client address and e-mail address together (whether or not an
-- account has that address), and each failure past the free ones delays the next try from that
-- address a little longer. No account is ever locked for everyone. Both keys are SHA-256 hashes,
-- so neither addresses nor whatever was typed into the e-mail field are stored; rows older than a
-- day are deleted.
CREATE TABLE sign_in_throttle (
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    client_key       TEXT        NOT NULL,
    email_key        TEXT        NOT NULL,
    failures         INT         NOT NULL,
    last_failure_at  TIMESTAMPTZ NOT NULL,
    blocked_until    TIMESTAMPTZ,
    PRIMARY KEY (municipality_id, client_key, email_key)
);
CREATE INDEX sign_in_throttle_age ON sign_in_throttle (last_failure_at);

-- The account lock is gone; the holder is told by mail instead (at most once an hour).
ALTER TABLE staff_account DROP COLUMN failed_attempts;
ALTER TABLE staff_account DROP COLUMN locked_until;
ALTER TABLE staff_account ADD COLUMN sign_in_warned_at TIMESTAMPTZ;
