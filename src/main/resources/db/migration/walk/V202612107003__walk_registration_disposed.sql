-- When the disposal job (records' gallring) removed the registration's name, e-mail address and
-- accessibility needs. The registration itself stays for the counts per walker group.
ALTER TABLE walk_registration ADD COLUMN disposed_at TIMESTAMPTZ;
