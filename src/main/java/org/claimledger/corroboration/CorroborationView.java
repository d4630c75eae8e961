package org.claimledger.corroboration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Corroboration", description = "Whether a claim is backed by sources independent of it")
public record CorroborationView(UUID claimId,
                                @Schema(example = "corroborated") Corroboration.Status status,
                                @Schema(description = "The rule that produced the status, in words") String rule,
                                @Schema(description = "Confirming sources that count") List<Source> independent,
                                @Schema(description = "Confirmations that do not count, and why") List<Dependent> dependent,
                                List<Source> contradicting,
                                List<Source> denying) {

    @Schema(name = "CorroboratingSource")
    public record Source(UUID claimId, @Schema(example = "hrw") String source,
                         @Schema(example = "Human Rights Watch") String sourceName,
                         @Schema(nullable = true) String side) {
        static Source of(Corroboration.Node n) {
            return new Source(n.id(), n.source(), n.sourceName(), n.side());
        }
    }

    @Schema(name = "DependentConfirmation")
    public record Dependent(UUID claimId, String source, String sourceName,
                            @Schema(example = "repeats this claim") String reason,
                            @Schema(description = "The derived-from chain, claim ids from the dependent claim on")
                            List<UUID> chain) {
    }

    static CorroborationView of(UUID claimId, Corroboration.Assessment a) {
        return new CorroborationView(claimId, a.status(), a.rule(), a.independent().stream().map(Source::of).toList(),
                a.dependent().stream().map(d -> new Dependent(d.node().id(), d.node().source(), d.node().sourceName(),
                        d.reason(), d.chain())).toList(),
                a.contradicting().stream().map(Source::of).toList(), a.denying().stream().map(Source::of).toList());
    }
}
