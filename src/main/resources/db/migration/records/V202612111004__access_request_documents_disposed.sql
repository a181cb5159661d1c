-- When the copies of the documents a decided request covers were disposed of (gallring): their
-- texts and metadata are gone then; the request, its decision, the secrecy marks and the audit log
-- stay.
ALTER TABLE access_request ADD COLUMN documents_disposed_at TIMESTAMPTZ;
