package org.claimledger.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimService;
import org.claimledger.corroboration.CorroborationService;
import org.claimledger.link.LinkService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** One claim: statement, figure, citations, corroboration, linked claims, revision history. */
@Path("/claims/{id}")
@Produces(MediaType.TEXT_HTML)
public class ClaimPage {
    /** More links than any claim has; the page shows them all. */
    private static final int LINKS = 1000;

    private final ClaimService claims;
    private final CorroborationService corroborations;
    private final LinkService links;

    ClaimPage(ClaimService claims, CorroborationService corroborations, LinkService links) {
        this.claims = claims;
        this.corroborations = corroborations;
        this.links = links;
    }

    @GET
    @Operation(hidden = true)
    public Response claim(String id) {
        return Html.render(() -> {
            UUID claimId = ClaimSheet.parseId(id);
            Claim claim = claims.get(claimId);
            return Templates.claim(ClaimSheet.of(claim, corroborations.of(claim),
                    ClaimLinks.of(claimId, links.list(claimId, null, LINKS).items()),
                    claims.history(claimId)));
        });
    }
}
