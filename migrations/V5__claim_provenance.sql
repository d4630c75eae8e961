-- Say no more than the sources: a claim records whether its date and its attribution are in the cited
-- text or were inferred by the curator. An inferred date says what it was inferred from; an inferred
-- attribution says why; a figure the cited document gives in its own voice ("document") names no
-- speaker. Existing claims had both in the text, so the defaults keep them valid. The revision trigger
-- of V2 copies whole rows, so these columns are kept in every revision like any other.

ALTER TABLE claim
    ADD COLUMN dated             text NOT NULL DEFAULT 'cited',
    ADD COLUMN dated_from        text,
    ADD COLUMN attribution       text NOT NULL DEFAULT 'explicit',
    -- the words of the quote that name the speaker ("Armenian and Artsakh authorities")
    ADD COLUMN attributed_as     text,
    ADD COLUMN attribution_basis text;

ALTER TABLE claim
    ADD CONSTRAINT claim_dated CHECK (dated IN ('cited', 'inferred')),
    ADD CONSTRAINT claim_dated_from CHECK ((dated = 'inferred') = (dated_from IS NOT NULL)),
    ADD CONSTRAINT claim_dated_from_text CHECK (length(btrim(dated_from)) BETWEEN 1 AND 1000),
    ADD CONSTRAINT claim_attribution CHECK (attribution IN ('explicit', 'inferred', 'document')),
    ADD CONSTRAINT claim_attribution_basis CHECK ((attribution = 'inferred') = (attribution_basis IS NOT NULL)),
    ADD CONSTRAINT claim_attribution_basis_text CHECK (length(btrim(attribution_basis)) BETWEEN 1 AND 1000),
    ADD CONSTRAINT claim_attributed_as CHECK (attribution <> 'document' OR attributed_as IS NULL),
    ADD CONSTRAINT claim_attributed_as_text CHECK (length(btrim(attributed_as)) BETWEEN 1 AND 500);

-- A figure the document states in its own voice needs a source that is the document itself.
ALTER TABLE source DROP CONSTRAINT source_kind;
ALTER TABLE source ADD CONSTRAINT source_kind CHECK (kind IN ('government', 'military', 'ngo', 'monitor', 'osint',
    'media', 'international-org', 'individual', 'research', 'encyclopedia'));
