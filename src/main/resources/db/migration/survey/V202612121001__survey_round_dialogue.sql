-- A round may be tied to a citizen dialogue: once the round has closed, its results count as
-- perspectives of that dialogue, by reference (the answers stay in the survey tables).
ALTER TABLE survey_round ADD COLUMN dialogue_id UUID REFERENCES dialogue (dialogue_id);
CREATE INDEX survey_round_dialogue ON survey_round (municipality_id, dialogue_id)
    WHERE dialogue_id IS NOT NULL;
