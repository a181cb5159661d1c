-- When the disposal job (records' gallring) removed the report's personal data: the reporter's
-- e-mail address, the text as written and the photo. The report itself stays for the counts.
ALTER TABLE place_report ADD COLUMN disposed_at TIMESTAMPTZ;
