CREATE TABLE municipality (
    municipality_id  UUID PRIMARY KEY,
    code             VARCHAR(4)  NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}$'),
    name             TEXT        NOT NULL,
    host_names       TEXT[]      NOT NULL DEFAULT '{}',
    is_default       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX municipality_single_default ON municipality (is_default) WHERE is_default;

-- Localities and delområden (DeSO later) with an approximate centre for maps and filters.
CREATE TABLE area (
    area_id          UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    name             TEXT        NOT NULL,
    kind             TEXT        NOT NULL,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    UNIQUE (municipality_id, name)
);

CREATE TABLE organisation (
    organisation_id  UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    name             TEXT        NOT NULL,
    kind             TEXT        NOT NULL,
    parent_id        UUID REFERENCES organisation (organisation_id),
    can_decide       BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (municipality_id, name)
);

-- The participation ladder (delaktighetstrappan), configurable per municipality.
CREATE TABLE participation_level (
    level_id         UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    rank             INT         NOT NULL,
    name_sv          TEXT        NOT NULL,
    name_en          TEXT        NOT NULL DEFAULT '',
    explanation_sv   TEXT        NOT NULL,
    explanation_en   TEXT        NOT NULL DEFAULT '',
    UNIQUE (municipality_id, rank)
);
