package org.claimledger.claim;

import org.claimledger.common.Page;
import org.claimledger.common.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How GET /api/v1/claims gives each claim: a summary (the default) or the whole claim. */
public enum ClaimListView implements WireEnum {
    SUMMARY, FULL;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    /** The page in this view. */
    Page<?> of(Page<ClaimView> page) {
        return this == FULL ? page : new Page<>(page.items().stream().map(ClaimSummary::of).toList(),
                page.nextCursor());
    }

    /**
     * The list's answer, for the API document. With view=full each item carries every field of a Claim
     * besides these: a Claim is a ClaimSummary with more fields, so one declared shape serves both, where
     * a oneOf of the two would match a full page twice (and clients generated from it refuse the answer).
     */
    @Schema(name = "PageClaimSummary")
    record SummaryPage(List<ClaimSummary> items,
                       @Schema(description = "Opaque cursor of the next page; null on the last page",
                               nullable = true, example = "Yzo0Mg") String nextCursor) {
    }
}
