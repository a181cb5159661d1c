-- One resident's e-ID verification between sending them to the broker and its answer: the OIDC
-- state (only its SHA-256), nonce and PKCE code verifier (sealed), and what the verification is for.
-- No personal data. The row is deleted when the answer arrives (a state is usable once) and rows
-- older than their expiry are deleted when the next verification begins.
CREATE TABLE eid_attempt (
    state_hash         TEXT PRIMARY KEY,
    municipality_id    UUID        NOT NULL REFERENCES municipality (municipality_id),
    purpose            TEXT        NOT NULL,
    subject_id         TEXT        NOT NULL,
    return_path        TEXT        NOT NULL,
    redirect_uri       TEXT        NOT NULL,
    nonce              TEXT        NOT NULL,
    code_verifier      TEXT        NOT NULL,
    expires_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX eid_attempt_expiry ON eid_attempt (expires_at);
