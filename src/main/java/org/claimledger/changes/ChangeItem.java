package org.claimledger.changes;

import org.claimledger.claim.ClaimView;
import org.claimledger.incident.IncidentView;
import org.claimledger.link.LinkView;
import org.claimledger.party.PartyView;
import org.claimledger.source.SourceView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Change", description = "One creation, revision or retraction of a party, source, incident, claim or "
        + "link, with the entity as it is now.")
public record ChangeItem(
        @Schema(example = "claim") Kind kind,
        @Schema(description = "The claim's or link's UUID; the party's, source's or incident's slug",
                example = "3f0e2c9a-5d53-5b8e-9b7e-0b9a3c1f2d44") String id,
        @Schema(example = "revised") Action action,
        @Schema(description = "The revision this change made", example = "2") int revision,
        @Schema(description = "When the transaction that made it began") OffsetDateTime at,
        @Schema(description = "The entity as it is when this page is read (the same body as its GET), which may be "
                + "a later revision than this change's: a mirror stores it under (kind, id)",
                oneOf = {ClaimView.class, LinkView.class, SourceView.class, PartyView.class, IncidentView.class})
        Object current) {

    public enum Kind {
        party, source, incident, claim, link;

        static Kind ofTable(String table) {
            return "claim_link".equals(table) ? link : valueOf(table);
        }
    }

    public enum Action {
        created, revised, retracted, restored
    }
}
