-- A page of allegations reads only what it shows, whatever the size of the database: the claims that
-- deny the page's incidents, the denies links into the page's accusations, the derived-from chains
-- behind its claims, and (for a search) the incidents whose title or location holds the words, each
-- through an index of its own.

-- The claims of an incident that deny: read by incident slug beside the accusations
-- (claim_accusation_incident_idx) rather than through every claim of the incident.
CREATE INDEX claim_denial_incident_idx ON claim (incident, id)
    WHERE incident IS NOT NULL AND stance = 'denies' AND status = 'active';

-- The claims that deny an accusation through a denies link, by the accusation.
CREATE INDEX claim_link_denies_idx ON claim_link (to_claim_id, from_claim_id)
    WHERE type = 'denies' AND status = 'active';

-- The derived-from chains the independence rule follows to their end, link by link from the claims of
-- the page: a small index of those links alone, whichever way the planner reads it.
CREATE INDEX claim_link_derived_from_idx ON claim_link (from_claim_id, to_claim_id)
    WHERE type = 'derived-from' AND status = 'active';

-- A search for a rare word finds the incidents whose own words (title and location) hold it through
-- this index, instead of reading every incident; the expression is the one the queries use.
CREATE INDEX incident_words_idx ON incident
    USING gin (to_tsvector('english', title || ' ' || coalesce(location, '')));
