package org.claimledger.comparison;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the cache serves, and when it stops serving it: the rules alone, without the database. */
class ComparisonCacheTest {
    private static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final ComparisonCache.Key KILLED = new ComparisonCache.Key("comparison", "killed", "subject=armenia");
    private static final ComparisonCache.Key WOUNDED = new ComparisonCache.Key("comparison", "wounded", "subject=armenia");
    private static final ComparisonCache.Key CONTESTED =
            new ComparisonCache.Key("contested", ComparisonCache.CONTESTED, "null|20");

    private final AtomicLong nanos = new AtomicLong();
    private final ComparisonCache cache = new ComparisonCache(MAX_AGE, 1_000_000, answer -> 1, nanos::get);
    private final AtomicInteger computed = new AtomicInteger();

    @BeforeEach
    void changesAreHeard() {
        cache.listening();
    }

    private String read(ComparisonCache.Key key) {
        return cache.get(key, () -> key.metric() + " computation " + computed.incrementAndGet());
    }

    @Test
    void whatIsKeptIsBoundedByItsWeightNotByItsNumber() {
        ComparisonCache small = new ComparisonCache(MAX_AGE, 100, answer -> ((String) answer).length(), nanos::get);
        small.listening();
        for (int i = 0; i < 5; i++) {
            String question = "page " + i;
            small.get(new ComparisonCache.Key("claims", "killed", question), () -> "x".repeat(40));
        }
        assertThat(small.weight()).as("five answers of 40 under a bound of 100").isLessThanOrEqualTo(100);
        assertThat(small.size()).isEqualTo(2);

        ComparisonCache.Key huge = new ComparisonCache.Key("claims", "killed", "limit=1000");
        assertThat(small.get(huge, () -> "y".repeat(150))).as("served").hasSize(150);
        assertThat(small.get(huge, () -> "computed again")).as("but heavier than the bound: not kept")
                .isEqualTo("computed again");
        assertThat(small.weight()).isLessThanOrEqualTo(100);
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
    void readersWhoAskWhileAnAnswerIsComputedWaitForItInsteadOfComputingItAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(5);
        try {
            Future<String> first = computingUntil(release, readers);
            List<Future<String>> others = askingMeanwhile(4, readers);
            assertThat(computed.get()).as("computed while the first computation ran").isZero();
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("computation 1");
            for (Future<String> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("computation 1");
            }
            assertThat(cache.counts()).isEqualTo(new ComparisonCache.Counts(4, 1, 0));
        } finally {
            release.countDown();
            readers.shutdownNow();
        }
    }

    @Test
    void aReaderWhoWaitedForAComputationThatRacedAChangeComputesItsOwnAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = computingUntil(release, readers);
            Future<String> second = askingMeanwhile(1, readers).get(0);
            cache.changed("killed");
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).as("its own request gets it").isEqualTo("computation 1");
            assertThat(second.get(5, TimeUnit.SECONDS)).as("read before the change: not for the waiter")
                    .isEqualTo("computation 2");
            assertThat(read(KILLED)).as("nor kept").isEqualTo("killed computation 3");
        } finally {
            release.countDown();
            readers.shutdownNow();
        }
    }

    @Test
    void pastHalfItsMaximumAgeAnAnswerIsRenewedByOneRequestWhileTheOthersAreServedTheKeptOne() throws Exception {
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
        nanos.set(MAX_AGE.toNanos() / 2 - 1);
        assertThat(read(KILLED)).as("before half its age").isEqualTo("killed computation 1");
        nanos.set(MAX_AGE.toNanos() / 2 + 1);

        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(1);
        try {
            Future<String> renewing = readers.submit(() -> cache.get(KILLED, () -> {
                await(release);
                return "renewed " + computed.incrementAndGet();
            }));
            while (cache.counts().misses() < 2) {
                Thread.onSpinWait();
            }
            assertThat(read(KILLED)).as("asked while it is renewed: no wait").isEqualTo("killed computation 1");
            release.countDown();
            assertThat(renewing.get(5, TimeUnit.SECONDS)).isEqualTo("renewed 2");
            assertThat(read(KILLED)).isEqualTo("renewed 2");
        } finally {
            release.countDown();
            readers.shutdownNow();
        }
    }

    @Test
    void aFailedComputationFailsOnlyItsOwnRequestAndIsNotKept() {
        assertThatThrownBy(() -> cache.get(KILLED, () -> {
            throw new IllegalStateException("statement timeout");
        })).hasMessage("statement timeout");
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
    }

    /** A read of KILLED whose computation has begun and ends when {@code release} opens. */
    private Future<String> computingUntil(CountDownLatch release, ExecutorService readers) {
        Future<String> first = readers.submit(() -> cache.get(KILLED, () -> {
            await(release);
            return "computation " + computed.incrementAndGet();
        }));
        while (cache.counts().misses() == 0) {
            Thread.onSpinWait();
        }
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code count} reads of KILLED, each begun and parked, waiting for the computation running. */
    private List<Future<String>> askingMeanwhile(int count, ExecutorService readers) throws InterruptedException {
        List<Thread> waiting = new CopyOnWriteArrayList<>();
        List<Future<String>> reads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reads.add(readers.submit(() -> {
                waiting.add(Thread.currentThread());
                return cache.get(KILLED, () -> "computation " + computed.incrementAndGet());
            }));
        }
        awaitParked(waiting, count);
        return reads;
    }

    /** Until {@code count} readers have started and each is parked (waiting for the computation running). */
    private static void awaitParked(List<Thread> threads, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline
                && (threads.size() < count || !threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING))) {
            Thread.sleep(1);
        }
        assertThat(threads).as("readers parked").hasSize(count)
                .allSatisfy(t -> assertThat(t.getState()).isEqualTo(Thread.State.WAITING));
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
        nanos.addAndGet(MAX_AGE.toNanos() / 2 - 1);
        assertThat(read(KILLED)).isEqualTo("killed computation 1");
        nanos.set(MAX_AGE.toNanos());
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
