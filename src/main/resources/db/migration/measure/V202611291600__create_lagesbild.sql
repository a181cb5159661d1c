-- The statutory lägesbild (lag 2023:196 §4): imported crime statistics, one draft per municipality,
-- its identified problems, and adopted versions that are snapshots and never change afterwards.

-- Reported crimes per category and period, imported from CSV. A later import of the same category
-- and period replaces the count; other rows are kept.
CREATE TABLE crime_statistic (
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    category         TEXT        NOT NULL,
    period           TEXT        NOT NULL,
    count            BIGINT      NOT NULL CHECK (count >= 0),
    source_file      TEXT        NOT NULL DEFAULT '',
    imported_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, category, period)
);

-- The draft the safety coordinator edits; adoption freezes it as the next version.
CREATE TABLE lagesbild_draft (
    municipality_id  UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    title            TEXT        NOT NULL,
    crime_text       TEXT        NOT NULL DEFAULT '',
    other_text       TEXT        NOT NULL DEFAULT '',
    analysis_text    TEXT        NOT NULL DEFAULT '',
    facts_from       DATE        NOT NULL,
    facts_to         DATE        NOT NULL,
    chosen_facts     TEXT        NOT NULL DEFAULT '',
    revision         INTEGER     NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Identified problems: inputs measures answer (InputRef LAGESBILD_ITEM); ids stay across versions.
CREATE TABLE lagesbild_problem (
    problem_id       UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    title            TEXT        NOT NULL,
    description      TEXT        NOT NULL DEFAULT '',
    area_id          UUID,
    removed          BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX lagesbild_problem_municipality ON lagesbild_problem (municipality_id, created_at);

CREATE TABLE lagesbild_version (
    version_id          UUID PRIMARY KEY,
    municipality_id     UUID        NOT NULL REFERENCES municipality (municipality_id),
    version_number      INTEGER     NOT NULL,
    title               TEXT        NOT NULL,
    crime_text          TEXT        NOT NULL,
    other_text          TEXT        NOT NULL,
    analysis_text       TEXT        NOT NULL,
    facts_from          DATE        NOT NULL,
    facts_to            DATE        NOT NULL,
    adopted_by          TEXT        NOT NULL,
    adopted_on          DATE        NOT NULL,
    paragraph           TEXT        NOT NULL DEFAULT '',
    registration_number TEXT        NOT NULL DEFAULT '',
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by         UUID,
    UNIQUE (municipality_id, version_number)
);

CREATE TABLE lagesbild_version_crime (
    version_id  UUID    NOT NULL REFERENCES lagesbild_version (version_id),
    position    INTEGER NOT NULL,
    category    TEXT    NOT NULL,
    period      TEXT    NOT NULL,
    count       BIGINT  NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE lagesbild_version_fact (
    version_id  UUID    NOT NULL REFERENCES lagesbild_version (version_id),
    position    INTEGER NOT NULL,
    fact_key    TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    text        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, position)
);

CREATE TABLE lagesbild_version_fact_row (
    version_id     UUID    NOT NULL REFERENCES lagesbild_version (version_id),
    fact_position  INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    label          TEXT    NOT NULL,
    count          BIGINT  NOT NULL,
    PRIMARY KEY (version_id, fact_position, position)
);

CREATE TABLE lagesbild_version_problem (
    version_id   UUID    NOT NULL REFERENCES lagesbild_version (version_id),
    position     INTEGER NOT NULL,
    problem_id   UUID    NOT NULL REFERENCES lagesbild_problem (problem_id),
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    area_name    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, position)
);
