-- Every change of the record version is announced on the channel "record_version" when its transaction
-- commits, whoever makes it (an ingest, a correction, a script, a hand-written UPDATE or TRUNCATE), so web
-- servers that cache whole pages by version learn of it without asking on every request.
-- The payload is the version key the web uses: "<version>@<changed_at in whole milliseconds>", or "empty".
CREATE FUNCTION "record_version_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    PERFORM pg_notify('record_version', NEW."version" || '@' || floor(extract(epoch FROM NEW."changed_at") * 1000)::bigint);
  ELSE
    PERFORM pg_notify('record_version', 'empty');
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "record_version_notify_row" AFTER INSERT OR UPDATE OR DELETE ON "record_version"
  FOR EACH ROW EXECUTE FUNCTION "record_version_notify"();
CREATE TRIGGER "record_version_notify_truncate" AFTER TRUNCATE ON "record_version"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_version_notify"();
