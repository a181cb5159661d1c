-- Translations of a question version into the languages residents may choose besides Swedish: the
-- question's text (option_value '') and each option's label. Adding one never makes a new version:
-- the answers stay comparable. Each row keeps the Swedish wording it translates (source); when the
-- Swedish wording changes, the row no longer matches and the Swedish text is shown, marked as such,
-- until staff translate it again. A new version of a question starts with the old version's rows.
CREATE TABLE survey_question_translation (
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    question_id      UUID NOT NULL REFERENCES survey_question (question_id) ON DELETE CASCADE,
    language         TEXT NOT NULL,
    option_value     TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL,
    source           TEXT NOT NULL,
    PRIMARY KEY (question_id, language, option_value)
);
CREATE INDEX survey_question_translation_municipality
    ON survey_question_translation (municipality_id, question_id);

-- A map question whose answers are places where residents feel unsafe: once a round has closed,
-- its answers count on the public heat grid of the trygghetskarta like approved place reports.
-- Questions that exist already stay unmarked: their residents answered without being told that
-- their places would be counted publicly; staff mark them if they decide to (the bank marks new
-- ones, and the question then tells the resident).
ALTER TABLE survey_question ADD COLUMN unsafe_place BOOLEAN NOT NULL DEFAULT FALSE;

-- The map answers of a round, read for the heat grid.
CREATE INDEX survey_round_closes ON survey_round (municipality_id, closes);
