-- Citable releases: a named snapshot of the dataset, kept as the exact bytes of its canonical export
-- (gzip-compressed here; served decompressed, byte for byte the same every time). Never changed or
-- deleted: a paper that cites a release must be able to fetch what it cited.
CREATE TABLE release (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version     text NOT NULL UNIQUE,
    note        text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL,
    parties     integer NOT NULL,
    sources     integer NOT NULL,
    incidents   integer NOT NULL,
    claims      integer NOT NULL,
    links       integer NOT NULL,
    size        bigint NOT NULL,
    sha256      text NOT NULL,
    export_gzip bytea NOT NULL,
    CONSTRAINT release_version_format CHECK (version ~ '^[0-9A-Za-z]([0-9A-Za-z.+-]*[0-9A-Za-z])?$' AND length(version) <= 64),
    CONSTRAINT release_note_length CHECK (length(note) <= 2000),
    CONSTRAINT release_sha256_format CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
CREATE TRIGGER release_append_only BEFORE UPDATE OR DELETE ON release FOR EACH ROW EXECUTE FUNCTION refuse_change();
