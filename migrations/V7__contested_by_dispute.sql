-- Comparisons now weigh figures that also count other parties ("7,630 Azerbaijani soldiers and Syrian
-- mercenaries") against what sources say about those parties, and tell conflicts of the same period
-- from figures of a count that can fall dated far apart. The contested list holds only measures in
-- dispute: rank_key is null for the others. Every summary was ranked by the old rule: recompute all.

ALTER TABLE measure_summary ADD COLUMN computed_with text;
COMMENT ON COLUMN measure_summary.computed_with IS
    'the comparison settings the summary was computed with; the service recomputes summaries whose settings differ';

UPDATE measure_summary SET stale = true, version = version + 1, rank_key = NULL, disagreement = NULL;

DROP INDEX measure_summary_rank_idx;
CREATE INDEX measure_summary_rank_idx ON measure_summary (rank_key) WHERE rank_key IS NOT NULL;

-- The few claims that count their subject together with other parties, found from those parties.
CREATE INDEX claim_also_counts_idx ON claim USING gin (also_counts) WHERE also_counts <> '{}';

-- A claim about Syrian fighters' deaths changes how "7,630 Azerbaijani soldiers and Syrian mercenaries"
-- weighs against Azerbaijan's own count: mark the measures of broader claims that also count the
-- subject of a changed claim with the same metric (a few more than needed; recomputing is harmless).
CREATE FUNCTION mark_broader_measures_stale(changed_subject bigint[], changed_metric text[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO measure_summary (key, subject_id, population, metric, equipment, object, incident, period_from)
    SELECT DISTINCT measure_key(b.subject_id, b.population, b.metric, b.equipment, b.object, b.incident,
                                b.period_from),
           b.subject_id, CASE WHEN b.equipment IS NULL THEN b.population END, b.metric, b.equipment, b.object,
           b.incident, b.period_from
    FROM party p
    JOIN claim b ON b.also_counts @> ARRAY[p.slug] AND b.also_counts <> '{}'
    WHERE p.id = ANY(changed_subject) AND b.metric = ANY(changed_metric) AND b.subject_id IS NOT NULL
    ON CONFLICT (key) DO UPDATE SET stale = true, version = measure_summary.version + 1
$$;

CREATE OR REPLACE FUNCTION mark_measures_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO measure_summary (key, subject_id, population, metric, equipment, object, incident, period_from)
        SELECT DISTINCT measure_key(subject_id, population, metric, equipment, object, incident, period_from),
               subject_id, CASE WHEN equipment IS NULL THEN population END, metric, equipment, object, incident,
               period_from
        FROM old_rows WHERE subject_id IS NOT NULL
        ON CONFLICT (key) DO UPDATE SET stale = true, version = measure_summary.version + 1;
        PERFORM mark_broader_measures_stale(ARRAY(SELECT DISTINCT subject_id FROM old_rows WHERE subject_id IS NOT NULL),
                                            ARRAY(SELECT DISTINCT metric FROM old_rows));
    END IF;
    INSERT INTO measure_summary (key, subject_id, population, metric, equipment, object, incident, period_from)
    SELECT DISTINCT measure_key(subject_id, population, metric, equipment, object, incident, period_from),
           subject_id, CASE WHEN equipment IS NULL THEN population END, metric, equipment, object, incident,
           period_from
    FROM new_rows WHERE subject_id IS NOT NULL
    ON CONFLICT (key) DO UPDATE SET stale = true, version = measure_summary.version + 1;
    PERFORM mark_broader_measures_stale(ARRAY(SELECT DISTINCT subject_id FROM new_rows WHERE subject_id IS NOT NULL),
                                        ARRAY(SELECT DISTINCT metric FROM new_rows));
    RETURN NULL;
END $$;

-- A supersedes link changes which figure of a party is a source's latest, and so the weighing too.
CREATE OR REPLACE FUNCTION mark_linked_measures_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE measure_summary SET stale = true, version = version + 1
    WHERE key IN (SELECT measure_key(c.subject_id, c.population, c.metric, c.equipment, c.object, c.incident,
                                     c.period_from)
                  FROM claim c JOIN new_rows l ON c.id IN (l.from_claim_id, l.to_claim_id)
                  WHERE l.type = 'supersedes');
    PERFORM mark_broader_measures_stale(
        ARRAY(SELECT DISTINCT c.subject_id FROM claim c JOIN new_rows l ON c.id IN (l.from_claim_id, l.to_claim_id)
              WHERE l.type = 'supersedes' AND c.subject_id IS NOT NULL),
        ARRAY(SELECT DISTINCT c.metric FROM claim c JOIN new_rows l ON c.id IN (l.from_claim_id, l.to_claim_id)
              WHERE l.type = 'supersedes'));
    RETURN NULL;
END $$;
