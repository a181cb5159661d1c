-- A municipality's own identity provider (OIDC) for staff sign-in. The client secret is kept only
-- sealed with the installation's key (ServerSecret, AES-GCM) and never shown again. verified_at is
-- set by the first successful sign-in through this configuration and cleared when it changes:
-- password sign-in can only be switched off once the IdP is known to work.
CREATE TABLE staff_idp (
    municipality_id       UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    issuer_uri            TEXT        NOT NULL,
    client_id             TEXT        NOT NULL,
    client_secret_sealed  TEXT        NOT NULL,
    verified_at           TIMESTAMPTZ,
    password_sign_in      BOOLEAN     NOT NULL DEFAULT TRUE,
    changed_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- An invited account activated by a sign-in through the IdP (which proved the address) has no
-- password and is still active.
ALTER TABLE staff_account ADD COLUMN idp_activated_at TIMESTAMPTZ;
