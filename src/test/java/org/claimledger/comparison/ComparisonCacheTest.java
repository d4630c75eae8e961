package org.claimledger.comparison;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cache serves, and when it stops serving it: the rules alone, without the database. */
class ComparisonCacheTest {
    private static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final ComparisonCache.Key KILLED = new ComparisonCache.Key("comparison", "killed", "subject=armenia");
    private static final ComparisonCache.Key WOUNDED = new ComparisonCache.Key("comparison", "wounded", "subject=armenia");
    private static final ComparisonCache.Key CONTESTED =
            new ComparisonCache.Key("contested", ComparisonCache.CONTESTED, "null|20");

    private final AtomicLong nanos = new AtomicLong();
    private final ComparisonCache cache = new ComparisonCache(MAX_AGE, 100, nanos::get);
    private final AtomicInteger computed = new AtomicInteger();

    @BeforeEach
    void changesAreHeard() {
        cache.listening();
    }

    private String read(ComparisonCache.Key key) {
        return cache.get(key, () -> key.metric() + " computation " + computed.incrementAndGet());
    }

    @Test
    void anAnswerIsComputedOnceAndServedUntilItsMetricChanges() {
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
        assertThat(read(KILLED)).isEqualTo("killed computation 1");

        cache.changed("wounded");
        assertThat(read(KILLED)).as("another metric changed").isEqualTo("killed computation 1");

        cache.changed("killed");
        assertThat(read(KILLED)).isEqualTo("killed computation 2");
        assertThat(cache.counts()).isEqualTo(new ComparisonCache.Counts(2, 2, 0));
    }

    @Test
    void anyChangeOfClaimsDropsTheContestedListButARecomputedRankingDropsNoComparison() {
        read(CONTESTED);
        read(KILLED);
        cache.changed("wounded");
        assertThat(read(CONTESTED)).isEqualTo("~contested computation 3");
        assertThat(read(KILLED)).isEqualTo("killed computation 2");

        cache.contestedChanged();
        assertThat(read(CONTESTED)).isEqualTo("~contested computation 4");
        assertThat(read(KILLED)).isEqualTo("killed computation 2");
    }

    @Test
    void aChangeOfEverythingDropsEverything() {
        read(KILLED);
        read(WOUNDED);
        cache.changedAll();
        assertThat(read(KILLED)).isEqualTo("killed computation 3");
        assertThat(read(WOUNDED)).isEqualTo("wounded computation 4");
    }

    /** A computation that read the old claims and finished after the change was heard is never served. */
    @Test
    void anAnswerComputedWhileItsMetricChangedIsServedToItsReaderOnlyThenRecomputed() {
        String raced = cache.get(KILLED, () -> {
            cache.changed("killed");
            return "read before the change";
        });
        assertThat(raced).isEqualTo("read before the change");
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
    }

    @Test
    void noEntryOutlivesTheMaximumAgeEvenIfNoChangeIsHeard() {
        read(KILLED);
        nanos.addAndGet(MAX_AGE.toNanos() - 1);
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
        nanos.addAndGet(1);
        assertThat(read(KILLED)).isEqualTo("killed computation 2");
    }

    @Test
    void whileChangesCannotBeHeardEveryAnswerIsComputedAndNothingKeptBeforeIsServedAfter() {
        read(KILLED);
        cache.deaf();
        assertThat(read(KILLED)).isEqualTo("killed computation 2");
        assertThat(read(KILLED)).isEqualTo("killed computation 3");

        String begunWhileDeaf = cache.get(WOUNDED, () -> {
            cache.listening();
            return "begun while deaf";
        });
        assertThat(begunWhileDeaf).isEqualTo("begun while deaf");
        assertThat(read(KILLED)).isEqualTo("killed computation 4");
        assertThat(read(KILLED)).isEqualTo("killed computation 4");
        assertThat(read(WOUNDED)).as("a computation begun before listening resumed").isEqualTo("wounded computation 5");
        assertThat(cache.counts().bypassed()).isEqualTo(3);
    }

    @Test
    void announcementsAreReadAsAMetricTheContestedRankingOrEverything() {
        read(KILLED);
        read(WOUNDED);
        read(CONTESTED);
        MeasureChanges.apply(cache, ComparisonCache.CONTESTED);
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
        assertThat(read(CONTESTED)).isEqualTo("~contested computation 4");
        MeasureChanges.apply(cache, "killed");
        assertThat(read(KILLED)).isEqualTo("killed computation 5");
        assertThat(read(WOUNDED)).isEqualTo("wounded computation 2");
        MeasureChanges.apply(cache, "*");
        assertThat(read(WOUNDED)).isEqualTo("wounded computation 6");
    }
}
