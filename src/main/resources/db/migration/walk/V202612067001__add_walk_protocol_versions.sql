-- A protocol can be sent again: to owners who had no address at the first send (same version),
-- and as an amended protocol (a new version, mailed to every owner with points). Each mail
-- records the version it carried, so the staff page can tell who has not got the current one.
ALTER TABLE walk ADD COLUMN protocol_version INT NOT NULL DEFAULT 0;
ALTER TABLE walk ADD COLUMN protocol_amended_at TIMESTAMPTZ;
UPDATE walk SET protocol_version = 1 WHERE protocol_sent_at IS NOT NULL;
ALTER TABLE walk_protocol_mail ADD COLUMN version INT NOT NULL DEFAULT 1;
-- One mail per owner and version: two sends that race cannot mail an owner twice.
CREATE UNIQUE INDEX walk_protocol_mail_once
    ON walk_protocol_mail (walk_id, organisation_id, version);
