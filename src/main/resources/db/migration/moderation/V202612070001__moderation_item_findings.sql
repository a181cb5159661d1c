-- Where screening found personal data in the original text, as KIND:start:end spans separated by
-- commas, stored at submission so that the masked text is shown without screening the text again.
-- NULL for items queued before this column existed (they are screened when shown).
ALTER TABLE moderation_item ADD COLUMN findings TEXT;
