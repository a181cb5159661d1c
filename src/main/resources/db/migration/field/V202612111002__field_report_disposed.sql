-- When the free texts of a field report's events were disposed of (gallring); category, place,
-- time, people involved and police contact stay for the counts.
ALTER TABLE field_report ADD COLUMN disposed_at TIMESTAMPTZ;
