package org.claimledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.common.WireEnum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Every measure that two or more sources gave a figure for, most disputed first: conflicting measures
 * by their largest conflict ratio, then consistent ones by their spread.
 */
@ApplicationScoped
public class ContestedMeasures {
    private final EntityManager em;
    private final CandidateLoader loader;
    private final ComparisonService comparisons;

    ContestedMeasures(EntityManager em, CandidateLoader loader, ComparisonService comparisons) {
        this.em = em;
        this.loader = loader;
        this.comparisons = comparisons;
    }

    public Page<ContestedView> list(String cursor, int limit) {
        Parties parties = Parties.load();
        List<ContestedView> ranked = new ArrayList<>();
        for (ComparisonQuery q : measuresWithTwoSources(parties)) {
            ComparisonView view = compare(q, parties);
            if (view.figures().size() >= 2) {
                ranked.add(new ContestedView(view.measure(), view.verdict(),
                        view.figures().stream().map(ComparisonView.FigureView::source).toList(),
                        disagreement(view), view.summary(), link(q)));
            }
        }
        ranked.sort(ORDER);
        String after = Cursor.decode(cursor);
        List<ContestedView> rest = ranked.stream().filter(v -> after == null || sortKey(v).compareTo(after) > 0)
                .limit(limit + 1L).toList();
        return Page.of(rest, limit, ContestedMeasures::sortKey, v -> v);
    }

    private ComparisonView compare(ComparisonQuery q, Parties parties) {
        double tolerance = comparisons.tolerance(q);
        MeasureComparator comparator = new MeasureComparator(tolerance);
        return ComparisonService.view(q.measure(), comparator.compare(q.measure(), loader.load(q, parties), parties),
                comparator, tolerance);
    }

    /** Conflicting first, then by disagreement, largest first; a zero figure in a conflict ranks highest. */
    private static final Comparator<ContestedView> ORDER = Comparator.comparing(ContestedMeasures::sortKey);

    /** A string that orders like the ranking, so a cursor can carry it. */
    static String sortKey(ContestedView v) {
        double d = v.disagreement() == null ? 1e9 : Math.min(v.disagreement(), 1e9 - 1);
        String rank = String.format("%d:%013.3f", v.verdict() == Outcome.Verdict.CONFLICTING ? 0 : 1, 1e9 - d);
        return rank + "|" + measureKey(v.measure());
    }

    private static Double disagreement(ComparisonView view) {
        if (!view.conflicts().isEmpty()) {
            return view.conflicts().get(0).ratio();
        }
        return view.spread() == null ? null : view.spread().ratio();
    }

    private List<ComparisonQuery> measuresWithTwoSources(Parties parties) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.subject_id,"
                        + " CASE WHEN c.equipment IS NULL THEN c.population END, c.metric, c.equipment, c.object,"
                        + " c.incident, c.period_from FROM claim c"
                        + " WHERE c.status = 'active' AND c.stance = 'asserts' AND c.qualifier IS NOT NULL"
                        + " AND c.subject_id IS NOT NULL AND cardinality(c.also_counts) = 0"
                        + " GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING count(DISTINCT c.source_id) >= 2")
                .getResultList();
        List<ComparisonQuery> queries = new ArrayList<>();
        for (Object[] r : rows) {
            ComparisonQuery q = new ComparisonQuery();
            q.subject = parties.byId(((Number) r[0]).longValue()).slug;
            q.population = r[1] == null ? null : WireEnum.parse(Population.class, (String) r[1], "population");
            q.metric = WireEnum.parse(Metric.class, (String) r[2], "metric");
            q.equipment = r[3] == null ? null : WireEnum.parse(Equipment.class, (String) r[3], "equipment");
            q.object = (String) r[4];
            q.incident = (String) r[5];
            q.from = r[6] == null ? null : r[6] instanceof LocalDate d ? d : ((java.sql.Date) r[6]).toLocalDate();
            queries.add(q);
        }
        return queries;
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

    static String link(ComparisonQuery q) {
        StringJoiner params = new StringJoiner("&", "/api/v1/comparisons?", "");
        params.add("subject=" + q.subject).add("metric=" + q.metric.wire());
        if (q.population != null) {
            params.add("population=" + q.population.wire());
        }
        if (q.equipment != null) {
            params.add("equipment=" + q.equipment.wire());
        }
        if (q.object != null) {
            params.add("object=" + q.object);
        }
        if (q.incident != null) {
            params.add("incident=" + q.incident);
        }
        if (q.from != null) {
            params.add("from=" + q.from);
        }
        return params.toString();
    }
}
