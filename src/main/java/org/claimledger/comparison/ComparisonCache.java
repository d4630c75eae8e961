package org.claimledger.comparison;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.claimledger.common.AnswerCache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The comparisons, timelines and contested pages this instance has computed, kept until a write
 * changes what they read, and never longer than {@code maxAge}.
 *
 * <p>Every comparison reads only claims of its own metric (sub-parties, broader equipment, other
 * incidents and the parties a broader figure also counts included), so a change of claims is
 * announced per metric and drops every entry of that metric; the contested list spans all metrics and
 * is dropped by any change. An entry is served only if no change touching it was announced after its
 * computation began: a computation that raced with a write (read the old rows, finished after the
 * change was announced) is never served, whatever order its store and the eviction take.
 *
 * <p>An answer is computed once at a time: who asks for it while it is being computed (many readers at
 * once when a popular entry expires) waits for that computation and gets its answer, if no change was
 * heard since it began, instead of computing it again beside it. Past half its maximum age a kept
 * answer is renewed by the first request that finds it so, and served meanwhile to the others.
 *
 * <p>Other features keep their answers here too ({@link AnswerCache}): a list of claims filtered by metric
 * is dropped with that metric, any other list with every change of claims (as the contested list is).
 *
 * <p>What is kept is bounded by its size, not by a count: each answer is weighed as it is stored (an estimate
 * of the heap it holds), and when the weights pass {@code maxWeight} the answers least likely to be asked
 * again are dropped; an answer heavier than the whole bound is served once and not kept. A count alone
 * would let a thousand pages of a thousand claims each fill the heap.
 *
 * <p>While changes cannot be heard ({@link #deaf()}: no listening connection to the database), the
 * cache is bypassed; what it held is dropped, as are computations begun before listening resumed.
 */
public final class ComparisonCache implements AnswerCache {
    /** The "metric" of the contested list, and of any answer that reads claims of every metric: every change touches it. */
    static final String CONTESTED = "~contested";

    record Key(String kind, String metric, Object question) {
    }

    /**
     * {@code startedAt}: the change clock when its computation began; {@code madeAt}: the ticker's time then;
     * {@code weight}: what the bound on the cache counts for it.
     */
    private record Entry(long startedAt, long madeAt, Object value, int weight) {
    }

    private final Cache<Key, Entry> entries;
    /** The answers being computed now: who asks for one of them meanwhile waits for it (no stampede on expiry). */
    private final Map<Key, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private final Ticker ticker;
    private final ToIntFunction<Object> weigher;
    private final long refreshAfterNanos;
    private final AtomicLong clock = new AtomicLong();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private volatile long allChangedAt;
    private volatile boolean listening;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bypassed = new LongAdder();

    /** {@code weigher}: an answer's weight, in the unit of {@code maxWeight} (bytes of heap, as estimated). */
    ComparisonCache(Duration maxAge, long maxWeight, ToIntFunction<Object> weigher, Ticker ticker) {
        entries = Caffeine.newBuilder().expireAfterWrite(maxAge).ticker(ticker)
                .maximumWeight(maxWeight).weigher((Key key, Entry entry) -> entry.weight())
                // evict on the storing thread: the bound holds as soon as an answer is stored
                .executor(Runnable::run)
                .build();
        this.ticker = ticker;
        this.weigher = weigher;
        this.refreshAfterNanos = maxAge.toNanos() / 2;
    }

    @Override
    public <T> T get(String kind, String metric, Object question, Supplier<T> compute) {
        return get(new Key(kind, metric == null ? CONTESTED : metric, question), compute);
    }

    /**
     * The answer to {@code key}: a valid kept one, or {@code compute}'s (kept when changes are heard). A kept
     * answer past half its maximum age is computed again by the first request that finds it so, while the
     * requests that come meanwhile are still served the kept one (valid: no change was heard since it was
     * begun); so under steady reads an answer is renewed before it expires and no reader waits for it.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        if (!listening) {
            bypassed.increment();
            return compute.get();
        }
        Entry kept = entries.getIfPresent(key);
        boolean usable = kept != null && valid(kept, key.metric());
        if (usable && ticker.read() - kept.madeAt() < refreshAfterNanos) {
            hits.increment();
            return (T) kept.value();
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = computing.putIfAbsent(key, mine);
        if (running == null) {
            misses.increment();
            return computeAndKeep(key, compute, mine);
        }
        if (usable) {
            // another request renews it: this one is served the kept answer meanwhile
            hits.increment();
            return (T) kept.value();
        }
        // another request computes this answer now: wait for it rather than compute it a second time
        Entry shared = running.join();
        if (shared != null && valid(shared, key.metric())) {
            hits.increment();
            return (T) shared.value();
        }
        // it failed (each asker then gets its own failure) or raced a change: compute it for this request
        misses.increment();
        return compute.get();
    }

    /** Computes the answer as the one request that does, keeps it, and hands it to those waiting for it. */
    private <T> T computeAndKeep(Key key, Supplier<T> compute, CompletableFuture<Entry> mine) {
        try {
            // read before the computation's first statement: a change committed after it is announced later
            long started = clock.get();
            long madeAt = ticker.read();
            T value = compute.get();
            Entry entry = new Entry(started, madeAt, value, weigher.applyAsInt(value));
            if (listening) {
                entries.put(key, entry);
            }
            mine.complete(entry);
            return value;
        } finally {
            mine.complete(null);
            computing.remove(key, mine);
        }
    }

    private boolean valid(Entry entry, String metric) {
        // equal is fine: a computation that read the clock after a change was counted began after its commit
        return entry.startedAt() >= Math.max(allChangedAt, changedAt.getOrDefault(metric, 0L));
    }

    /** Claims of {@code metric} changed: its comparisons and timelines, and the contested list, are dropped. */
    void changed(String metric) {
        long now = clock.incrementAndGet();
        changedAt.merge(metric, now, Math::max);
        changedAt.merge(CONTESTED, now, Math::max);
        entries.asMap().keySet().removeIf(k -> k.metric().equals(metric) || k.metric().equals(CONTESTED));
    }

    /** Only the contested ranking changed (measure summaries were recomputed). */
    void contestedChanged() {
        long now = clock.incrementAndGet();
        changedAt.merge(CONTESTED, now, Math::max);
        entries.asMap().keySet().removeIf(k -> k.metric().equals(CONTESTED));
    }

    /**
     * Anything may have changed (a source, a party, a write on this instance, changes missed): drop it all.
     * Public for whoever must see a comparison computed afresh (the statement-count test).
     */
    public void changedAll() {
        allChangedAt = clock.incrementAndGet();
        entries.invalidateAll();
    }

    /** Changes are heard from now on; whatever happened before is not known, so nothing kept before is served. */
    void listening() {
        changedAll();
        listening = true;
    }

    /** Changes can no longer be heard: bypass the cache until they can. */
    void deaf() {
        listening = false;
        changedAll();
    }

    /** Whether a change of {@code metric} was heard since the start. */
    boolean heard(String metric) {
        return changedAt.containsKey(metric);
    }

    boolean isListening() {
        return listening;
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** The weight of what is kept now. */
    long weight() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /**
     * Answers served from the cache (or from another request's computation they waited for), computed
     * while listening, and computed while bypassed, since the start.
     */
    record Counts(long hits, long misses, long bypassed) {
    }

    Counts counts() {
        return new Counts(hits.sum(), misses.sum(), bypassed.sum());
    }
}
