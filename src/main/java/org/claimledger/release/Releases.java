package org.claimledger.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;
import org.claimledger.common.Row;
import org.claimledger.ingest.DatasetExport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Cutting and reading releases. A release keeps the exact bytes of the dataset export taken in one
 * snapshot (the same document as GET /api/v1/dataset at that instant), so its export is byte-identical
 * however often and however long after it is fetched, whatever is edited later.
 */
@ApplicationScoped
public class Releases {
    static final String VERSION = "^[0-9A-Za-z]([0-9A-Za-z.+-]*[0-9A-Za-z])?$";
    static final String VERSION_MESSAGE = "letters, digits, '.', '+' and '-', starting and ending with a letter or digit";
    private static final String COLUMNS = "id, version, note, created_at, created_by, parties, sources, incidents,"
            + " claims, links, size, sha256";

    private final EntityManager db;
    private final DatasetExport dataset;

    Releases(EntityManager db, DatasetExport dataset) {
        this.db = db;
        this.dataset = dataset;
    }

    /** Exports the dataset now and keeps it under {@code version}; 409 when that version exists. */
    @Transactional
    public ReleaseView cut(NewRelease input, String actor) {
        if (input.version() == null || !input.version().matches(VERSION) || input.version().length() > 64) {
            throw InvalidInput.of("version", VERSION_MESSAGE);
        }
        if (find(input.version()) != null) {
            throw new Conflict("release " + input.version() + " exists; a release never changes, cut a new version");
        }
        byte[] export = export();
        Map<String, Integer> counts = counts(export);
        db.createNativeQuery("INSERT INTO release (version, note, created_by, parties, sources, incidents, claims, links,"
                        + " size, sha256, export_gzip) VALUES (:version, :note, :by, :parties, :sources, :incidents,"
                        + " :claims, :links, :size, :sha, :gzip)")
                .setParameter("version", input.version()).setParameter("note", input.note()).setParameter("by", actor)
                .setParameter("parties", counts.get("parties")).setParameter("sources", counts.get("sources"))
                .setParameter("incidents", counts.get("incidents")).setParameter("claims", counts.get("claims"))
                .setParameter("links", counts.get("links")).setParameter("size", (long) export.length)
                .setParameter("sha", sha256(export)).setParameter("gzip", gzip(export)).executeUpdate();
        return get(input.version());
    }

    @Transactional
    public Page<ReleaseView> list(String cursor, int limit) {
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeLong(cursor);
        List<Row> rows = Row.all(db.createNativeQuery("SELECT " + COLUMNS + " FROM release WHERE id < :before"
                + " ORDER BY id DESC LIMIT :limit", Tuple.class).setParameter("before", before).setParameter("limit", limit + 1));
        return Page.of(rows, limit, r -> Long.toString(r.number("id")), Releases::view);
    }

    @Transactional
    public ReleaseView get(String version) {
        Row row = find(version);
        if (row == null) {
            throw new NotFound("release", version);
        }
        return view(row);
    }

    /** The export's bytes, exactly as they were cut. */
    @Transactional
    public byte[] export(String version) {
        get(version);
        byte[] gzip = (byte[]) db.createNativeQuery("SELECT export_gzip FROM release WHERE version = :version")
                .setParameter("version", version).getSingleResult();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row find(String version) {
        List<Row> rows = Row.all(db.createNativeQuery("SELECT " + COLUMNS + " FROM release WHERE version = :version",
                Tuple.class).setParameter("version", version));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static ReleaseView view(Row r) {
        String version = r.string("version");
        return new ReleaseView(version, r.string("note"), r.timestamp("created_at"), r.string("created_by"),
                new ReleaseView.Counts(r.integer("parties"), r.integer("sources"), r.integer("incidents"),
                        r.integer("claims"), r.integer("links")),
                r.number("size"), r.string("sha256"), "/api/v1/releases/" + version + "/export");
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            dataset.stream().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** How many items each top-level list of the export holds. */
    static Map<String, Integer> counts(byte[] export) {
        Map<String, Integer> counts = new HashMap<>(Map.of("parties", 0, "sources", 0, "incidents", 0, "claims", 0,
                "links", 0));
        try (JsonParser parser = new JsonFactory().createParser(export)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                int n = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                    n++;
                }
                counts.put(field, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
