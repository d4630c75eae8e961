package org.claimledger.comparison;

import org.claimledger.common.KeptAnswer;
import org.claimledger.common.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A page of the contested ranking, and how many measures the ranking may place wrongly or leave out
 * because their figures changed since they were ranked. Kept by the answer cache as the same instance,
 * so its JSON is written once, not per reader.
 */
@Schema(name = "PageContestedView", description = "A page of the measures in dispute, most disputed first")
public record ContestedPage(List<ContestedView> items,
                            @Schema(description = "Opaque cursor of the next page; null on the last page",
                                    nullable = true, example = "Yzo0Mg") String nextCursor,
                            @Schema(description = "Measures whose claims changed since they were last ranked and that "
                                    + "are not ranked again yet (after a large import, for minutes; see README, "
                                    + "Contested). Until this is 0 the ranking is not complete: such a measure is "
                                    + "listed where its earlier figures put it, or not at all if it is new or was "
                                    + "not in dispute before. Its comparison (the link of each item) is always "
                                    + "computed from the current claims.", example = "0") long pending)
        implements KeptAnswer {

    static ContestedPage of(Page<ContestedView> page, long pending) {
        return new ContestedPage(page.items(), page.nextCursor(), pending);
    }
}
