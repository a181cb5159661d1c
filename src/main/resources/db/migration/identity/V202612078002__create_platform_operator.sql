-- Platform operators run the install: they add, deactivate and reactivate municipalities. They are
-- no municipality's staff, so they belong to none and never see a municipality's data.
CREATE TABLE platform_operator (
    operator_id      UUID PRIMARY KEY,
    email            TEXT        NOT NULL,
    display_name     TEXT        NOT NULL,
    password_hash    TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX platform_operator_email ON platform_operator (lower(email));
