-- Fill-time stamps of the anonymous place report form that have been accepted: each is accepted
-- once. Rows are removed once the stamp has expired anyway.
CREATE TABLE place_form_stamp (
    nonce       TEXT PRIMARY KEY,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX place_form_stamp_expiry ON place_form_stamp (expires_at);
