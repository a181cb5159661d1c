-- Population statistics per region (the kommun code or an area's official code), age band, sex and
-- year, as imported from SCB's tables. An import replaces the figures of the regions and years it
-- holds.
CREATE TABLE population_figure (
    municipality_id  UUID    NOT NULL REFERENCES municipality (municipality_id),
    region_code      TEXT    NOT NULL,
    age_band         TEXT    NOT NULL,
    gender           TEXT    NOT NULL CHECK (gender IN ('WOMAN', 'MAN')),
    year             INT     NOT NULL,
    count            BIGINT  NOT NULL CHECK (count >= 0),
    PRIMARY KEY (municipality_id, region_code, age_band, gender, year)
);

-- Each import: the file, when and by whom, and whether its figures are illustrative demo figures.
CREATE TABLE population_import (
    import_id         UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    file_name         TEXT        NOT NULL,
    figures           INT         NOT NULL,
    years             TEXT        NOT NULL,
    illustrative      BOOLEAN     NOT NULL DEFAULT false,
    imported_at       TIMESTAMPTZ NOT NULL,
    actor_account_id  UUID
);
CREATE INDEX population_import_newest ON population_import (municipality_id, imported_at DESC);
