-- Frozen, numbered versions of a dialogue's reports to the decision-makers (the compiled
-- perspectives report and the decision basis). A version is written once and never changed:
-- the content as JSON (what the HTML, the CSV files and the PDF are rendered from) and the PDF.
CREATE TABLE analysis_report_version (
    version_id       UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id      UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    kind             TEXT        NOT NULL CHECK (kind IN ('COMPILED_PERSPECTIVES', 'DECISION_BASIS')),
    number           INT         NOT NULL CHECK (number >= 1),
    content          JSONB       NOT NULL,
    pdf              BYTEA       NOT NULL,
    frozen_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    frozen_by        UUID,
    UNIQUE (municipality_id, dialogue_id, kind, number)
);
CREATE INDEX analysis_report_version_dialogue ON analysis_report_version (municipality_id, dialogue_id);
