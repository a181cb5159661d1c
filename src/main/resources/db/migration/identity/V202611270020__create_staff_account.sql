CREATE TABLE staff_account (
    account_id       UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    email            TEXT        NOT NULL,
    display_name     TEXT        NOT NULL,
    password_hash    TEXT,
    roles            TEXT[]      NOT NULL DEFAULT '{}',
    organisation_id  UUID REFERENCES organisation (organisation_id),
    enabled          BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_attempts  INT         NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX staff_account_email ON staff_account (municipality_id, lower(email));

-- An invitation lets a new staff member choose a password; only a hash of the token is stored.
CREATE TABLE staff_invitation (
    invitation_id    UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    account_id       UUID        NOT NULL REFERENCES staff_account (account_id),
    token_hash       TEXT        NOT NULL UNIQUE,
    invited_by       UUID REFERENCES staff_account (account_id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at       TIMESTAMPTZ NOT NULL,
    accepted_at      TIMESTAMPTZ
);
