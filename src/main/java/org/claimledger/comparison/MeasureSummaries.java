package org.claimledger.comparison;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.common.Row;
import org.claimledger.party.Parties;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps measure_summary current: the database marks a measure stale when its claims change
 * (migrations V3 and V7), and this recomputes stale measures with the same comparison as the API, in the
 * background and, for a handful, right before they are listed.
 */
@ApplicationScoped
public class MeasureSummaries {
    private static final int BATCH = 200;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MeasureSummaries.class);

    private final EntityManager em;
    private final ComparisonService comparisons;
    private final ObjectMapper json;

    MeasureSummaries(EntityManager em, ComparisonService comparisons, ObjectMapper json) {
        this.em = em;
        this.comparisons = comparisons;
        this.json = json;
    }

    public long staleCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM measure_summary WHERE stale").getSingleResult())
                .longValue();
    }

    @Scheduled(every = "${claimledger.comparison.refresh-every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void inBackground() {
        try {
            refresh(Integer.MAX_VALUE, true);
        } catch (IllegalStateException e) {
            // the service is shutting down under the job; the measures stay stale for the next start
            LOG.debug("measure refresh interrupted", e);
        }
    }

    /**
     * Recomputes up to {@code max} stale measures, a batch per transaction; returns how many. The
     * background skips measures another refresh holds; a request waits for them, to list fresh ones.
     */
    public int refresh(int max, boolean skipLocked) {
        int done = 0;
        while (done < max) {
            int batch = QuarkusTransaction.requiringNew().call(() -> refreshBatch(skipLocked));
            if (batch == 0) {
                break;
            }
            done += batch;
        }
        return done;
    }

    private int refreshBatch(boolean skipLocked) {
        List<Row> rows = Row.all(em.createNativeQuery("SELECT m.key, m.version, " + MeasureRows.COLUMNS
                        + " FROM measure_summary m"
                        + " JOIN party p ON p.id = m.subject_id WHERE m.stale ORDER BY m.key LIMIT :batch FOR UPDATE OF m"
                        + (skipLocked ? " SKIP LOCKED" : ""), Tuple.class)
                .setParameter("batch", BATCH));
        Parties parties = Parties.load();
        String settings = comparisons.defaults();
        List<Measure> measures = rows.stream().map(MeasureRows::measure).toList();
        List<Outcome> outcomes = comparisons.outcomes(measures, parties);
        ArrayNode computed = json.createArrayNode();
        for (int i = 0; i < rows.size(); i++) {
            Measure measure = measures.get(i);
            Outcome o = outcomes.get(i);
            Dispute dispute = o == null ? null : Dispute.of(o);
            ObjectNode summary = computed.addObject().put("key", rows.get(i).string("key"))
                    .put("version", rows.get(i).number("version"))
                    .put("verdict", o == null ? null : o.verdict().wire())
                    .put("disagreement", dispute == null ? null : ComparisonView.rounded(dispute.ratio()))
                    .put("summary", o == null ? null : o.summary())
                    .put("rank", dispute == null ? null : ContestedMeasures.rankKey(measure, dispute));
            ArrayNode sources = summary.putArray("sources");
            if (o != null) {
                sources(o).forEach(sources::add);
            }
        }
        // one statement for the batch; a measure written to since it was read (its version moved on) stays stale
        em.createNativeQuery("UPDATE measure_summary m SET stale = false, sources = r.sources, verdict = r.verdict,"
                        + " disagreement = r.disagreement, summary = r.summary, rank_key = r.rank,"
                        + " computed_with = :settings, refreshed_at = now()"
                        + " FROM jsonb_to_recordset(CAST(:computed AS jsonb)) AS r(key text, version bigint,"
                        + " sources text[], verdict text, disagreement double precision, summary text, rank text)"
                        + " WHERE m.key = r.key AND m.version = r.version")
                .setParameter("computed", computed.toString()).setParameter("settings", settings).executeUpdate();
        if (!rows.isEmpty()) {
            // the contested ranking changed though no claim did: every instance drops its copy at the commit
            em.createNativeQuery("SELECT pg_notify(:channel, :payload)").setParameter("channel", MeasureChanges.CHANNEL)
                    .setParameter("payload", ComparisonCache.CONTESTED).getSingleResult();
        }
        return rows.size();
    }

    /** The sources whose figures the comparison weighs: for exactly the measure, and broader ones. */
    private static List<String> sources(Outcome o) {
        return Stream.concat(o.figures().stream(), o.broader().stream().map(Outcome.Broader::figure))
                .map(p -> p.claim().source()).distinct().toList();
    }

    /**
     * Summaries computed with other settings (a changed tolerance or maxDaysApart default) rank by a rule
     * no longer in force: they are recomputed.
     */
    void onStart(@Observes StartupEvent event) {
        int marked = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE measure_summary"
                        + " SET stale = true, version = version + 1 WHERE NOT stale AND computed_with IS DISTINCT FROM :s")
                .setParameter("s", comparisons.defaults()).executeUpdate());
        if (marked > 0) {
            LOG.infof("%d measure summaries were computed with other comparison settings; recomputing them", marked);
        }
    }
}
