-- The municipality's accessibility statement (tillgänglighetsredogörelse, DOS-lagen). Every
-- published version is kept; the public page shows the newest.
CREATE TABLE accessibility_statement (
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    version          INT         NOT NULL CHECK (version > 0),
    conformance      TEXT        NOT NULL CHECK (conformance IN ('FULL', 'PARTIAL', 'NONE')),
    known_problems   TEXT        NOT NULL,
    contact          TEXT        NOT NULL,
    reviewed_on      DATE        NOT NULL,
    published_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_by     UUID,
    PRIMARY KEY (municipality_id, version)
);
