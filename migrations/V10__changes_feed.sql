-- The changes feed: one row per creation or revision of a party, source, incident, claim or link,
-- written by the database itself (no code path can skip it), append-only like the revision table.
--
-- Commit order is what a mirror needs, and neither a sequence nor a timestamp taken inside a transaction
-- gives it: a transaction that took number 7 may commit after one that took 8, and a mirror that has
-- read past 8 would never see 7. So each row carries its transaction's id (xid8, never wraps), and the
-- feed serves only rows of transactions below the oldest one still running
-- (pg_snapshot_xmin(pg_current_snapshot())): every transaction that could still commit has a larger id
-- than any row served, so a cursor (xid, id) never passes a row that will appear later.

CREATE TABLE change (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    entity    text NOT NULL,
    entity_id bigint NOT NULL,
    revision  integer NOT NULL,
    action    text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT change_entity CHECK (entity IN ('party', 'source', 'incident', 'claim', 'claim_link')),
    CONSTRAINT change_action CHECK (action IN ('created', 'revised', 'retracted', 'restored'))
);
CREATE INDEX change_feed_idx ON change (xid, id);

-- Statement-level with transition tables: an import that COPYs a million claims adds one INSERT ...
-- SELECT, not a million trigger calls.
CREATE FUNCTION record_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change (entity, entity_id, revision, action)
    SELECT TG_TABLE_NAME, n.id, n.revision, 'created' FROM new_rows n ORDER BY n.id;
    RETURN NULL;
END $$;

-- Only claims and links have a status; for the others to_jsonb(...)->>'status' is null.
CREATE FUNCTION record_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change (entity, entity_id, revision, action)
    SELECT TG_TABLE_NAME, n.id, n.revision,
           CASE WHEN to_jsonb(n) ->> 'status' = 'retracted' AND to_jsonb(o) ->> 'status' IS DISTINCT FROM 'retracted'
                    THEN 'retracted'
                WHEN to_jsonb(o) ->> 'status' = 'retracted' AND to_jsonb(n) ->> 'status' IS DISTINCT FROM 'retracted'
                    THEN 'restored'
                ELSE 'revised' END
    FROM new_rows n JOIN old_rows o ON o.id = n.id ORDER BY n.id;
    RETURN NULL;
END $$;

CREATE TRIGGER party_created_change AFTER INSERT ON party
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_created();
CREATE TRIGGER source_created_change AFTER INSERT ON source
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_created();
CREATE TRIGGER incident_created_change AFTER INSERT ON incident
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_created();
CREATE TRIGGER claim_created_change AFTER INSERT ON claim
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_created();
CREATE TRIGGER claim_link_created_change AFTER INSERT ON claim_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_created();

CREATE TRIGGER party_revised_change AFTER UPDATE ON party
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_revised();
CREATE TRIGGER source_revised_change AFTER UPDATE ON source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_revised();
CREATE TRIGGER incident_revised_change AFTER UPDATE ON incident
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_revised();
CREATE TRIGGER claim_revised_change AFTER UPDATE ON claim
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_revised();
CREATE TRIGGER claim_link_revised_change AFTER UPDATE ON claim_link
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_revised();

CREATE TRIGGER change_append_only BEFORE UPDATE OR DELETE ON change FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- What a database held before the feed existed: one row per entity at its current revision, parents
-- before what refers to them, so a mirror that starts from the beginning gets everything.
INSERT INTO change (entity, entity_id, revision, action, at)
SELECT entity, entity_id, revision, action, at FROM (
    SELECT 1 AS ord, 'party' AS entity, id AS entity_id, revision, 'created' AS action, recorded_at AS at FROM party
    UNION ALL SELECT 2, 'source', id, revision, 'created', recorded_at FROM source
    UNION ALL SELECT 3, 'incident', id, revision, 'created', recorded_at FROM incident
    UNION ALL SELECT 4, 'claim', id, revision, CASE status WHEN 'retracted' THEN 'retracted' ELSE 'created' END,
                     recorded_at FROM claim
    UNION ALL SELECT 5, 'claim_link', id, revision, CASE status WHEN 'retracted' THEN 'retracted' ELSE 'created' END,
                     recorded_at FROM claim_link
) existing ORDER BY ord, entity_id;
