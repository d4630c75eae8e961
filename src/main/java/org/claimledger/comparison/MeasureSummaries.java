package org.claimledger.comparison;

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

    MeasureSummaries(EntityManager em, ComparisonService comparisons) {
        this.em = em;
        this.comparisons = comparisons;
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
        for (Row r : rows) {
            Measure measure = MeasureRows.measure(r);
            Outcome o = comparisons.outcome(ComparisonQuery.of(measure), parties);
            Dispute dispute = o == null ? null : Dispute.of(o);
            em.createNativeQuery("UPDATE measure_summary SET stale = false, sources = CAST(:sources AS text[]),"
                            + " verdict = :verdict, disagreement = :disagreement, summary = :summary, rank_key = :rank,"
                            + " computed_with = :settings, refreshed_at = now() WHERE key = :key AND version = :version")
                    .setParameter("sources", o == null ? new String[0] : sources(o))
                    .setParameter("verdict", o == null ? null : o.verdict().wire())
                    .setParameter("disagreement", dispute == null ? null : ComparisonView.rounded(dispute.ratio()))
                    .setParameter("summary", o == null ? null : o.summary())
                    .setParameter("rank", dispute == null ? null : ContestedMeasures.rankKey(measure, dispute))
                    .setParameter("settings", settings)
                    .setParameter("key", r.value("key")).setParameter("version", r.value("version")).executeUpdate();
        }
        if (!rows.isEmpty()) {
            // the contested ranking changed though no claim did: every instance drops its copy at the commit
            em.createNativeQuery("SELECT pg_notify(:channel, :payload)").setParameter("channel", MeasureChanges.CHANNEL)
                    .setParameter("payload", ComparisonCache.CONTESTED).getSingleResult();
        }
        return rows.size();
    }

    /** The sources whose figures the comparison weighs: for exactly the measure, and broader ones. */
    private static String[] sources(Outcome o) {
        return Stream.concat(o.figures().stream(), o.broader().stream().map(Outcome.Broader::figure))
                .map(p -> p.claim().source()).distinct().toArray(String[]::new);
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
