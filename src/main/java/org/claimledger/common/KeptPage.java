package org.claimledger.common;

import java.util.List;

/**
 * A {@link Page} kept by the {@link AnswerCache} and served again as the same instance: the same JSON as
 * the page, written once ({@link KeptAnswer}).
 */
public record KeptPage<T>(List<T> items, String nextCursor) implements KeptAnswer {
    public static <T> KeptPage<T> of(Page<T> page) {
        return new KeptPage<>(page.items(), page.nextCursor());
    }
}
