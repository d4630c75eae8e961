package org.claimledger.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimledger.claim.NewClaim;
import org.claimledger.incident.NewIncident;
import org.claimledger.link.LinkType;
import org.claimledger.party.NewParty;
import org.claimledger.source.NewSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of parties, sources, incidents, claims and links: the dataset file format, the import body
 * and the dataset export. Links name claims by their keys.
 */
@Schema(name = "ImportBatch", description = "Parties, sources, incidents, claims and links loaded in one "
        + "transaction. In a streamed body, parties, sources and incidents must come before claims, and claims "
        + "before links.")
public record ImportBatch(List<NewParty> parties, List<NewSource> sources, List<NewIncident> incidents,
                          List<NewClaim> claims, List<Link> links) {

    public ImportBatch {
        parties = parties == null ? List.of() : parties;
        sources = sources == null ? List.of() : sources;
        incidents = incidents == null ? List.of() : incidents;
        claims = claims == null ? List.of() : claims;
        links = links == null ? List.of() : links;
    }

    @Schema(name = "ImportLink", description = "A link between two claims named by key: from <type> to.")
    public record Link(@NotBlank @Size(max = 200) @Schema(example = "karabakh-2020/war-crimes/amnesty-001") String from,
                       @NotBlank @Size(max = 200) @Schema(example = "karabakh-2020/war-crimes/hrw-001") String to,
                       @NotNull LinkType type,
                       @Size(max = 2000) @Schema(nullable = true) String note) {
    }

    /** The batches of several files, concatenated in order, as one. */
    public static ImportBatch concat(List<ImportBatch> batches) {
        List<NewParty> parties = new ArrayList<>();
        List<NewSource> sources = new ArrayList<>();
        List<NewIncident> incidents = new ArrayList<>();
        List<NewClaim> claims = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (ImportBatch b : batches) {
            parties.addAll(b.parties());
            sources.addAll(b.sources());
            incidents.addAll(b.incidents());
            claims.addAll(b.claims());
            links.addAll(b.links());
        }
        return new ImportBatch(parties, sources, incidents, claims, links);
    }
}
