-- Step 1 (Förberedelser) settles what Boverket's checklist asks for (R4, R8): the context of the
-- question, time and resources (budget in SEK, staff hours, the period), who in the organisation
-- takes part, and how and when residents are involved.
ALTER TABLE dialogue
  ADD COLUMN context TEXT NOT NULL DEFAULT '',
  ADD COLUMN budget_sek BIGINT CHECK (budget_sek >= 0),
  ADD COLUMN staff_hours INTEGER CHECK (staff_hours >= 0),
  ADD COLUMN period_start DATE,
  ADD COLUMN period_end DATE,
  ADD COLUMN organisation_participants TEXT NOT NULL DEFAULT '',
  ADD COLUMN resident_involvement TEXT NOT NULL DEFAULT '',
  ADD CONSTRAINT dialogue_period_in_order CHECK (period_end IS NULL OR period_start IS NULL
                                                 OR period_end >= period_start);
