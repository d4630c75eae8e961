package org.claimledger.common;

import java.util.function.Supplier;

/**
 * Answers this instance keeps until a write changes what they read (the comparison cache, see
 * {@code comparison.ComparisonCache}): a feature asks for its answer by kind and question, and names the
 * metric whose claims the answer reads, or none when it may read claims of any metric.
 */
public interface AnswerCache {
    /**
     * The kept answer to {@code question}, or {@code compute}'s. A change of claims of {@code metric} (of
     * any metric when it is null), of a source or of a party drops it, as does any write on this instance.
     */
    <T> T get(String kind, String metric, Object question, Supplier<T> compute);
}
