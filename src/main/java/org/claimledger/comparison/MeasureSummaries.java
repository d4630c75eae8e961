package org.claimledger.comparison;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.claimledger.party.Party;

import java.util.List;

/**
 * Keeps measure_summary current: the database marks a measure stale when its claims change
 * (migration V3), and this recomputes stale measures with the same comparison as the API, in the
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT key, version, subject_id, population, metric, equipment,"
                        + " object, incident, period_from FROM measure_summary WHERE stale ORDER BY key"
                        + " LIMIT :batch FOR UPDATE" + (skipLocked ? " SKIP LOCKED" : ""))
                .setParameter("batch", BATCH).getResultList();
        Parties parties = Parties.load();
        for (Object[] r : rows) {
            ComparisonQuery q = query(r);
            ComparisonView view = q == null ? null : comparisons.compare(q, parties);
            em.createNativeQuery("UPDATE measure_summary SET stale = false, sources = CAST(:sources AS text[]),"
                            + " verdict = :verdict, disagreement = :disagreement, summary = :summary, rank_key = :rank,"
                            + " refreshed_at = now() WHERE key = :key AND version = :version")
                    .setParameter("sources", view == null ? new String[0]
                            : view.figures().stream().map(ComparisonView.FigureView::source).toArray(String[]::new))
                    .setParameter("verdict", view == null ? null : view.verdict().wire())
                    .setParameter("disagreement", view == null ? null : ContestedMeasures.disagreement(view))
                    .setParameter("summary", view == null ? null : view.summary())
                    .setParameter("rank", view == null ? null : ContestedMeasures.rankKey(view))
                    .setParameter("key", r[0]).setParameter("version", r[1]).executeUpdate();
        }
        return rows.size();
    }

    private static ComparisonQuery query(Object[] r) {
        Party subject = Party.findById(((Number) r[2]).longValue());
        return subject == null ? null : ComparisonQuery.of(Measure.of(subject.slug, r, 3));
    }
}
