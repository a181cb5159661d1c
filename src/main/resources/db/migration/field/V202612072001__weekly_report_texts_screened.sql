-- Whether every text of the report as stored (title, appeal, presence, activities and the rows per
-- place) was screened for personal data when it was saved, and nothing was found: a text with
-- findings is refused, never saved. Submitting reuses this result instead of screening the same
-- texts again. FALSE for a draft pre-filled from the week (never screened) and for reports saved
-- before this column existed; those are screened when submitted.
ALTER TABLE weekly_report ADD COLUMN texts_screened BOOLEAN NOT NULL DEFAULT FALSE;
