package org.claimledger.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list; pass {@code nextCursor} back as {@code cursor} for the next. */
public record Page<T>(List<T> items,
                      @Schema(description = "Opaque cursor of the next page; null on the last page",
                              nullable = true, example = "Yzo0Mg") String nextCursor) {

    /** Builds a page from up to {@code limit + 1} rows: the extra row only says that more exist. */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, String> keyOf, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(keyOf.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
