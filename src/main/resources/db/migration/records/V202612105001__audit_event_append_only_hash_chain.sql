-- The audit log is append-only: a hash chain per municipality (each entry stores the SHA-256 of the
-- previous entry's hash and its own canonical content, checked by the jar's audit-verify command)
-- and triggers that refuse UPDATE, DELETE and TRUNCATE. The application owns its tables in the
-- embedded default, so a revoked grant alone would not hold; the triggers are the in-database guard.

ALTER TABLE audit_event ADD COLUMN seq BIGINT;
ALTER TABLE audit_event ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_event ADD COLUMN hash TEXT;

-- The canonical content of one entry: each field as its length in UTF-8 bytes, a colon and the
-- field, so that no field can borrow characters from its neighbour. The time is UTC with
-- microseconds. AuditChain in the records module computes the same text in Java.
CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT string_agg(octet_length(f) || ':' || f, '|' ORDER BY n)
  FROM unnest(ARRAY[
    e.seq::text,
    e.id::text,
    e.municipality_id::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.actor_account_id::text, ''),
    e.action,
    e.subject,
    e.details]) WITH ORDINALITY AS t(f, n)
$$;

CREATE FUNCTION audit_event_hash(prev TEXT, e audit_event) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(prev || audit_event_canonical(e), 'UTF8')), 'hex')
$$;

-- Existing entries are chained in the order they were written.
DO $$
DECLARE
  r audit_event;
  last_m UUID := NULL;
  last_hash TEXT := '';
  n BIGINT := 0;
BEGIN
  FOR r IN SELECT * FROM audit_event ORDER BY municipality_id, occurred_at, id LOOP
    IF last_m IS DISTINCT FROM r.municipality_id THEN
      last_m := r.municipality_id;
      last_hash := '';
      n := 0;
    END IF;
    n := n + 1;
    r.seq := n;
    r.prev_hash := last_hash;
    r.hash := audit_event_hash(last_hash, r);
    UPDATE audit_event SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    last_hash := r.hash;
  END LOOP;
END $$;

ALTER TABLE audit_event ALTER COLUMN seq SET NOT NULL;
ALTER TABLE audit_event ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX audit_event_chain ON audit_event (municipality_id, seq);

-- Appends are serialised per municipality (a transaction-scoped advisory lock), so that entries
-- written by parallel listeners still form one chain. A row that arrives with its hash (a restore
-- of a backup) keeps it; the verifier checks it like any other.
CREATE FUNCTION audit_event_append() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last audit_event;
BEGIN
  IF NEW.hash IS NOT NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('audit_event'), hashtext(NEW.municipality_id::text));
  SELECT * INTO last FROM audit_event
    WHERE municipality_id = NEW.municipality_id ORDER BY seq DESC LIMIT 1;
  NEW.occurred_at := coalesce(NEW.occurred_at, now());
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.prev_hash := coalesce(last.hash, '');
  NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER audit_event_append BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append();

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
