package org.claimledger.corroboration;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimService;

import java.util.UUID;

/** Assesses a claim against the claims linked to it; shared by the API and the journalist pages. */
@ApplicationScoped
public class CorroborationService {
    private final ClaimService claims;
    private final LinkGraph graph;

    CorroborationService(ClaimService claims, LinkGraph graph) {
        this.claims = claims;
        this.graph = graph;
    }

    public CorroborationView of(UUID id) {
        return of(claims.get(id));
    }

    public CorroborationView of(Claim claim) {
        LinkGraph.Graph g = graph.around(claim.id);
        return CorroborationView.of(claim.publicId,
                Corroboration.assess(g.nodes().get(claim.publicId), g.nodes(), g.edges()));
    }
}
