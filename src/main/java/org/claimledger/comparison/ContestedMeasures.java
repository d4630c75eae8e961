package org.claimledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.claimledger.common.Row;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.common.WireEnum;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The measures in dispute, most disputed first, as {@link Dispute} ranks them: figures of the same
 * period that conflict, by their largest ratio; then figures that hold together only if a part a
 * broader figure also counts lies beyond what sources give for it, by how many times. Measures whose
 * figures agree or differ only across time are not listed. Read from measure_summary; when only a few
 * measures are stale they are recomputed first, so the list is exact; after a large import the
 * background refresh catches up within seconds to minutes.
 */
@ApplicationScoped
public class ContestedMeasures {
    private final EntityManager em;
    private final MeasureSummaries summaries;
    private final ComparisonCache cache;
    private final int refreshInline;

    ContestedMeasures(EntityManager em, MeasureSummaries summaries, ComparisonCache cache,
                      @ConfigProperty(name = "claimledger.comparison.refresh-inline", defaultValue = "500")
                      int refreshInline) {
        this.em = em;
        this.summaries = summaries;
        this.cache = cache;
        this.refreshInline = refreshInline;
    }

    /** A page of the ranking, kept as the same instance so that its JSON is written once, not per reader. */
    public ContestedPage list(String cursor, int limit) {
        return cache.get(new ComparisonCache.Key("contested", ComparisonCache.CONTESTED, cursor + "|" + limit),
                () -> compute(cursor, limit));
    }

    private ContestedPage compute(String cursor, int limit) {
        long stale = summaries.staleCount();
        if (stale > 0 && stale <= refreshInline) {
            // measures another refresh is computing this moment are skipped, not waited for: a read must
            // not wait on a lock past its statement timeout; that refresh commits them within seconds
            summaries.refresh(refreshInline, true);
            stale = summaries.staleCount();
        }
        String after = Cursor.decode(cursor);
        List<Row> rows = Row.all(query("", after, limit + 1, Tuple.class));
        return ContestedPage.of(Page.of(rows, limit, r -> r.string("rank_key"), ContestedMeasures::view), stale);
    }

    /** PostgreSQL's plan for the first page (EXPLAIN as JSON). */
    String plan(int limit) {
        return String.valueOf(query("EXPLAIN (FORMAT JSON) ", null, limit + 1, null).getSingleResult());
    }

    private jakarta.persistence.Query query(String prefix, String after, int limit, Class<?> rows) {
        String sql = prefix + "SELECT m.rank_key, " + MeasureRows.COLUMNS + ", m.verdict, m.sources, m.disagreement,"
                + " m.summary FROM measure_summary m JOIN party p ON p.id = m.subject_id"
                + " WHERE m.rank_key IS NOT NULL AND m.rank_key > :after ORDER BY m.rank_key LIMIT :limit";
        return (rows == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, rows))
                .setParameter("after", after == null ? "" : after).setParameter("limit", limit);
    }

    private static ContestedView view(Row r) {
        Measure m = MeasureRows.measure(r);
        return new ContestedView(m, r.word(Outcome.Verdict.class, "verdict"), Arrays.asList(r.strings("sources")),
                r.decimal("disagreement"), r.string("summary"), link(m));
    }

    /**
     * Orders like the ranking (tier, then larger ratio first, a null ratio first of all), so a cursor
     * can carry it.
     */
    static String rankKey(Measure m, Dispute d) {
        double inverted = 1e9 - (d.ratio() == null ? 1e9 : Math.min(d.ratio(), 1e9 - 1));
        return String.format(Locale.ROOT, "%d:%016.4f|%s", d.tier(), inverted, measureKey(m));
    }

    static String measureKey(Measure m) {
        StringJoiner key = new StringJoiner("/");
        key.add(m.subject()).add(m.metric().wire()).add(wire(m.population())).add(wire(m.equipment()))
                .add(String.valueOf(m.object())).add(String.valueOf(m.incident())).add(String.valueOf(m.from()));
        return key.toString();
    }

    private static String wire(WireEnum value) {
        return value == null ? "-" : value.wire();
    }

    static String link(Measure m) {
        return "/api/v1/comparisons?" + m.query();
    }
}
