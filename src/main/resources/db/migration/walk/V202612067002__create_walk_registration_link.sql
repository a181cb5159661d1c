-- Further private links to one registration. Signing up again with an address that is already
-- registered answers as a new sign-up and mails the address a new link to the registration it
-- has (only hashes are stored, so the first link cannot be sent again); the first link keeps
-- working.
CREATE TABLE walk_registration_link (
    token_hash       TEXT PRIMARY KEY,
    registration_id  UUID        NOT NULL REFERENCES walk_registration (registration_id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX walk_registration_link_by_registration ON walk_registration_link (registration_id);
