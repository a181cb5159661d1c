-- When a resident's statement was disposed of (gallring): its text, the moderator's reason and the
-- link to its author are gone then; number, visibility, votes and counts stay, so the opinion map
-- is unchanged and the statement is shown with a neutral text.
ALTER TABLE opinion_statement ADD COLUMN disposed_at TIMESTAMPTZ;
