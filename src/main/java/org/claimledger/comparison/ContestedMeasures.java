package org.claimledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.common.SqlValues;
import org.claimledger.common.WireEnum;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Every measure that two or more sources gave a figure for, most disputed first: conflicting measures
 * by their largest conflict ratio, then the others by their spread. Read from measure_summary; when
 * only a few measures are stale they are recomputed first, so the list is exact; after a large import
 * the background refresh catches up within seconds to minutes.
 */
@ApplicationScoped
public class ContestedMeasures {
    private final EntityManager em;
    private final MeasureSummaries summaries;
    private final int refreshInline;

    ContestedMeasures(EntityManager em, MeasureSummaries summaries,
                      @ConfigProperty(name = "claimledger.comparison.refresh-inline", defaultValue = "500")
                      int refreshInline) {
        this.em = em;
        this.summaries = summaries;
        this.refreshInline = refreshInline;
    }

    public Page<ContestedView> list(String cursor, int limit) {
        long stale = summaries.staleCount();
        if (stale > 0 && stale <= refreshInline) {
            // measures another refresh is computing this moment are skipped, not waited for: a read must
            // not wait on a lock past its statement timeout; that refresh commits them within seconds
            summaries.refresh(refreshInline, true);
        }
        String after = Cursor.decode(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("", after, limit + 1).getResultList();
        return Page.of(rows, limit, r -> (String) r[0], ContestedMeasures::view);
    }

    /** PostgreSQL's plan for the first page (EXPLAIN as JSON). */
    String plan(int limit) {
        return String.valueOf(query("EXPLAIN (FORMAT JSON) ", null, limit + 1).getSingleResult());
    }

    private jakarta.persistence.Query query(String prefix, String after, int limit) {
        return em.createNativeQuery(prefix + "SELECT m.rank_key, p.slug, m.population, m.metric, m.equipment,"
                        + " m.object, m.incident, m.period_from, m.verdict, m.sources, m.disagreement, m.summary"
                        + " FROM measure_summary m JOIN party p ON p.id = m.subject_id"
                        + " WHERE cardinality(m.sources) >= 2 AND m.rank_key > :after ORDER BY m.rank_key LIMIT :limit")
                .setParameter("after", after == null ? "" : after).setParameter("limit", limit);
    }

    private static ContestedView view(Object[] r) {
        Measure m = Measure.of((String) r[1], r, 2);
        return new ContestedView(m, SqlValues.word(Outcome.Verdict.class, r[8]),
                Arrays.asList((String[]) r[9]), r[10] == null ? null : ((Number) r[10]).doubleValue(), (String) r[11],
                link(m));
    }

    /** The largest conflict ratio, or the spread when nothing conflicts; null when a figure is zero. */
    static Double disagreement(ComparisonView view) {
        if (!view.conflicts().isEmpty()) {
            return view.conflicts().get(0).ratio();
        }
        return view.spread() == null ? null : view.spread().ratio();
    }

    /** Orders like the ranking (conflicting first, larger disagreement first), so a cursor can carry it. */
    static String rankKey(ComparisonView v) {
        Double d = disagreement(v);
        double inverted = 1e9 - (d == null ? 1e9 : Math.min(d, 1e9 - 1));
        return String.format(Locale.ROOT, "%d:%016.4f|%s", v.verdict() == Outcome.Verdict.CONFLICTING ? 0 : 1,
                inverted, measureKey(v.measure()));
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
