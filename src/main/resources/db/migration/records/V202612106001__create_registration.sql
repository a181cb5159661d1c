-- One registration entry per inbound submission (allmän handling), written once per kind and id.
-- The diarienummer is empty until the municipality's diarium has been imported back.
CREATE TABLE registration (
    id                UUID PRIMARY KEY,
    position          BIGSERIAL   NOT NULL UNIQUE,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    registered_at     TIMESTAMPTZ NOT NULL,
    kind              TEXT        NOT NULL,
    record_id         TEXT        NOT NULL,
    organisation_id   UUID,
    title             TEXT        NOT NULL,
    diarienummer      TEXT,
    UNIQUE (kind, record_id)
);
CREATE INDEX registration_by_time ON registration (municipality_id, registered_at DESC);

-- The bearer token of a municipality's diarium for GET /api/registrering, kept only as a hash.
CREATE TABLE registration_api_token (
    municipality_id   UUID        PRIMARY KEY REFERENCES municipality (municipality_id),
    token_hash        TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
