-- GET /api/v1/comparisons/contested ranks every measure that two or more sources gave a figure for.
-- Comparing every measure on each request does not scale, so each measure's comparison is kept here
-- and recomputed by the service when its claims change: writes to claim and claim_link mark the
-- measures they touch stale (the database does it, so imports and API writes alike are covered).

CREATE TABLE measure_summary (
    key          text PRIMARY KEY,
    subject_id   bigint NOT NULL REFERENCES party (id),
    population   text,
    metric       text NOT NULL,
    equipment    text,
    object       text,
    incident     text,
    period_from  date,
    stale        boolean NOT NULL DEFAULT true,
    -- bumped on every change, so a recomputation that raced with a write does not clear "stale"
    version      bigint NOT NULL DEFAULT 1,
    sources      text[] NOT NULL DEFAULT '{}',
    verdict      text,
    disagreement double precision,
    summary      text,
    rank_key     text,
    refreshed_at timestamptz
);
CREATE INDEX measure_summary_rank_idx ON measure_summary (rank_key) WHERE cardinality(sources) >= 2;
CREATE INDEX measure_summary_stale_idx ON measure_summary (key) WHERE stale;

-- Population says whose people are counted; for equipment it adds nothing, so it is not part of the key.
CREATE FUNCTION measure_key(subject_id bigint, population text, metric text, equipment text, object text,
                            incident text, period_from date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws('|', subject_id, CASE WHEN equipment IS NULL THEN population END, metric, equipment, object,
                     incident, period_from - DATE '2000-01-01')
$$;

CREATE FUNCTION mark_measures_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO measure_summary (key, subject_id, population, metric, equipment, object, incident, period_from)
        SELECT DISTINCT measure_key(subject_id, population, metric, equipment, object, incident, period_from),
               subject_id, CASE WHEN equipment IS NULL THEN population END, metric, equipment, object, incident,
               period_from
        FROM old_rows WHERE subject_id IS NOT NULL
        ON CONFLICT (key) DO UPDATE SET stale = true, version = measure_summary.version + 1;
    END IF;
    INSERT INTO measure_summary (key, subject_id, population, metric, equipment, object, incident, period_from)
    SELECT DISTINCT measure_key(subject_id, population, metric, equipment, object, incident, period_from),
           subject_id, CASE WHEN equipment IS NULL THEN population END, metric, equipment, object, incident,
           period_from
    FROM new_rows WHERE subject_id IS NOT NULL
    ON CONFLICT (key) DO UPDATE SET stale = true, version = measure_summary.version + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER claim_inserted_marks_measures AFTER INSERT ON claim
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_measures_stale();
CREATE TRIGGER claim_updated_marks_measures AFTER UPDATE ON claim
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_measures_stale();

-- A supersedes link changes which figure is a source's latest.
CREATE FUNCTION mark_linked_measures_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE measure_summary SET stale = true, version = version + 1
    WHERE key IN (SELECT measure_key(c.subject_id, c.population, c.metric, c.equipment, c.object, c.incident,
                                     c.period_from)
                  FROM claim c JOIN new_rows l ON c.id IN (l.from_claim_id, l.to_claim_id)
                  WHERE l.type = 'supersedes');
    RETURN NULL;
END $$;

CREATE TRIGGER claim_link_inserted_marks_measures AFTER INSERT ON claim_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_linked_measures_stale();
CREATE TRIGGER claim_link_updated_marks_measures AFTER UPDATE ON claim_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_linked_measures_stale();

-- No API query filters on the perpetrator alone; allegations are found by incident and full text.
DROP INDEX claim_perpetrator_idx;

-- Measures of the claims stored before this migration.
INSERT INTO measure_summary (key, subject_id, population, metric, equipment, object, incident, period_from)
SELECT DISTINCT measure_key(subject_id, population, metric, equipment, object, incident, period_from),
       subject_id, CASE WHEN equipment IS NULL THEN population END, metric, equipment, object, incident, period_from
FROM claim WHERE subject_id IS NOT NULL
ON CONFLICT (key) DO NOTHING;
