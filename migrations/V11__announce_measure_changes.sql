-- Every instance of the service keeps the comparisons it computed until the claims they read change.
-- The database announces each change on the channel measure_changed, whoever writes (any instance, an
-- import, a hand-typed statement); each instance LISTENs and drops what the change touches. A
-- notification is delivered only when its transaction commits, and identical ones of one transaction
-- are delivered once, so a bulk import announces each metric it touched once.
--
-- Payloads: a metric (every comparison reads claims of one metric only, sub-parties, broader figures
-- and other incidents included, so the metric is what a change of claims is announced by); '*' for a
-- change of sources or parties (names, sides, the "part of" tree), which every comparison may show.

CREATE FUNCTION announce_claims_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
BEGIN
    FOR changed IN SELECT DISTINCT metric FROM new_rows LOOP
        PERFORM pg_notify('measure_changed', changed);
    END LOOP;
    IF TG_OP = 'UPDATE' THEN
        FOR changed IN SELECT DISTINCT metric FROM old_rows LOOP
            PERFORM pg_notify('measure_changed', changed);
        END LOOP;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER claim_inserted_announces AFTER INSERT ON claim
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION announce_claims_changed();
CREATE TRIGGER claim_updated_announces AFTER UPDATE ON claim
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION announce_claims_changed();

-- A supersedes link changes which figure is a source's latest; other links are not read by comparisons.
CREATE FUNCTION announce_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text;
BEGIN
    FOR changed IN SELECT DISTINCT c.metric FROM new_rows l JOIN claim c ON c.id IN (l.from_claim_id, l.to_claim_id)
                   WHERE l.type = 'supersedes' LOOP
        PERFORM pg_notify('measure_changed', changed);
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER claim_link_inserted_announces AFTER INSERT ON claim_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION announce_links_changed();
CREATE TRIGGER claim_link_updated_announces AFTER UPDATE ON claim_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION announce_links_changed();

CREATE FUNCTION announce_everything_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('measure_changed', '*');
    RETURN NULL;
END $$;

-- A new source is in no comparison yet; a new party may join a "part of" tree.
CREATE TRIGGER source_updated_announces AFTER UPDATE ON source
    FOR EACH STATEMENT EXECUTE FUNCTION announce_everything_changed();
CREATE TRIGGER party_changed_announces AFTER INSERT OR UPDATE ON party
    FOR EACH STATEMENT EXECUTE FUNCTION announce_everything_changed();
