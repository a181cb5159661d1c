-- When the texts of a decided item were disposed of (gallring): the original text, the public
-- text and the findings are gone then; type, status, flags, reason and times stay for the counts.
ALTER TABLE moderation_item ADD COLUMN disposed_at TIMESTAMPTZ;
