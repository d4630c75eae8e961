package org.claimledger.web;

import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimStatus;
import org.claimledger.link.LinkType;
import org.claimledger.link.LinkView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A claim's links read from its side: "corroborates this claim", "this claim repeats", grouped. */
final class ClaimLinks {
    private ClaimLinks() {
    }

    record Group(String heading, List<Linked> claims) {
    }

    record Linked(String sourceName, String sourceUrl, String statement, String statedOn, String claimUrl,
                  String note) {
    }

    /** The groups of the claim's active links; the claims at their other ends are read in one query. */
    static List<Group> of(UUID claimId, List<LinkView> links) {
        List<LinkView> active = links.stream().filter(link -> link.status() == ClaimStatus.ACTIVE).toList();
        Map<UUID, Claim> others = Claim.byPublicIds(active.stream()
                .map(link -> link.from().equals(claimId) ? link.to() : link.from()).collect(Collectors.toSet()));
        Map<String, List<Linked>> groups = new LinkedHashMap<>();
        for (LinkView link : active) {
            boolean outgoing = link.from().equals(claimId);
            Claim other = others.get(outgoing ? link.to() : link.from());
            groups.computeIfAbsent(heading(link.type(), outgoing), k -> new ArrayList<>())
                    .add(new Linked(other.source.name, Links.source(other.source.slug), other.statement,
                            Words.statedOn(other.statedOn, other.provenance()), Links.claim(other.publicId), link.note()));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    static String heading(LinkType type, boolean outgoing) {
        return switch (type) {
            case CORROBORATES -> outgoing ? "Claims this one corroborates" : "Claims that corroborate this one";
            case CONTRADICTS -> outgoing ? "Claims this one contradicts" : "Claims that contradict this one";
            case DENIES -> outgoing ? "Claims this one denies" : "Claims that deny this one";
            case DERIVED_FROM -> outgoing ? "Claims this one repeats (derived from)"
                    : "Claims that repeat this one (derived from it)";
            case SUPERSEDES -> outgoing ? "Older figures this one replaces" : "Newer figures that replace this one";
        };
    }
}
