-- Mail to residents carries a List-Unsubscribe header (RFC 2369) with one-click POST (RFC 8058).
ALTER TABLE outbound_mail ADD COLUMN unsubscribe_url TEXT;
