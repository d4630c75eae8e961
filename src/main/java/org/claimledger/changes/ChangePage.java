package org.claimledger.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ChangePage", description = "A page of the changes feed, in commit order")
public record ChangePage(List<ChangeItem> items,
                         @Schema(description = "Where to go on from: pass it as since. Never null, so a mirror "
                                 + "always has a cursor to keep, even at the end of the feed", example = "YzE6OTU2OjQx")
                         String nextCursor,
                         @Schema(description = "Whether more changes can be read now; false at the end of the feed")
                         boolean more) {
}
