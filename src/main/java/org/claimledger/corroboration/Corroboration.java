package org.claimledger.corroboration;

import org.claimledger.common.WireEnum;
import org.claimledger.link.LinkType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a claim is backed by sources independent of it. A confirmation counts only when it comes
 * from another source, not on the same side, that does not repeat the claim (follow derived-from
 * links, however long the chain) and that the claim does not repeat; a reference work retelling other
 * reports (an encyclopedia in its own voice) confirms nothing and is confirmed by nothing. No source
 * corroborates itself:
 * a claim that only its own source, its side or its echoes confirm is single-source. Circular
 * reporting is shown, never counted. Plain Java; {@link AllegationRule} applies the same rule to the
 * claims of an allegation.
 */
public final class Corroboration {

    /**
     * A claim as a node of the link graph. {@code side}: the side its source speaks for, or null;
     * {@code summarises}: its source is a reference work (an encyclopedia) stating in its own voice what
     * other reports said, so it is no witness of its own.
     */
    public record Node(UUID id, String source, String sourceName, String side, boolean summarises) {
        public Node(UUID id, String source, String sourceName, String side) {
            this(id, source, sourceName, side, false);
        }
    }

    public record Edge(UUID from, UUID to, LinkType type) {
    }

    public enum Status implements WireEnum {
        CORROBORATED, SINGLE_SOURCE, CONTESTED, DENIED;

        @Override
        public String wire() {
            return WireEnum.wireName(this);
        }
    }

    /** A confirmation that does not count, why, and the derived-from chain behind it (claim ids). */
    public record Dependent(Node node, String reason, List<UUID> chain) {
    }

    public record Assessment(List<Node> independent, List<Dependent> dependent, List<Node> contradicting,
                             List<Node> denying, Status status, String rule) {
    }

    /** The links of a graph, indexed by claim, so that assessing many claims costs each only its own links. */
    public static final class Edges {
        private final Map<UUID, List<Edge>> touching = new HashMap<>();
        private final Map<UUID, List<UUID>> repeats = new HashMap<>();

        private Edges() {
        }

        public static Edges of(Collection<Edge> edges) {
            Edges index = new Edges();
            for (Edge e : new LinkedHashSet<>(edges)) {
                index.touching.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                if (!e.to().equals(e.from())) {
                    index.touching.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
                }
                if (e.type() == LinkType.DERIVED_FROM) {
                    index.repeats.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
                }
            }
            return index;
        }

        List<Edge> touching(UUID claim) {
            return touching.getOrDefault(claim, List.of());
        }

        /** The claims {@code claim} repeats directly (its derived-from links). */
        List<UUID> repeatedBy(UUID claim) {
            return repeats.getOrDefault(claim, List.of());
        }
    }

    private Corroboration() {
    }

    public static Assessment assess(Node claim, Map<UUID, Node> nodes, List<Edge> edges) {
        return assess(claim, nodes, Edges.of(edges));
    }

    public static Assessment assess(Node claim, Map<UUID, Node> nodes, Edges edges) {
        return assess(claim, nodes, edges, List.of(), new HashMap<>());
    }

    /**
     * The assessment of {@code claim}; {@code alsoAgreeing} are claims that confirm it without a
     * corroborates link (the other accusations of an allegation), judged by the same rule.
     * {@code upstream} caches the derived-from chains of the claims already seen.
     */
    static Assessment assess(Node claim, Map<UUID, Node> nodes, Edges edges, Collection<UUID> alsoAgreeing,
                             Map<UUID, Map<UUID, List<UUID>>> upstream) {
        Map<UUID, List<UUID>> upstreamOfClaim = upstream.computeIfAbsent(claim.id(), id -> upstream(id, edges));
        List<Node> independent = new ArrayList<>();
        List<Dependent> dependent = new ArrayList<>();
        Map<String, Node> bySource = new LinkedHashMap<>();
        Set<UUID> agreeing = new LinkedHashSet<>();
        for (Edge e : edges.touching(claim.id())) {
            if (e.type() == LinkType.CORROBORATES) {
                agreeing.add(e.to().equals(claim.id()) ? e.from() : e.to());
            }
        }
        agreeing.addAll(alsoAgreeing);
        agreeing.remove(claim.id());
        for (UUID other : agreeing) {
            Node node = nodes.get(other);
            Optional<Dependent> why = dependence(claim, node, upstreamOfClaim,
                    upstream.computeIfAbsent(other, id -> upstream(id, edges)));
            if (why.isPresent()) {
                dependent.add(why.get());
            } else if (bySource.putIfAbsent(node.source(), node) == null) {
                independent.add(node);
            }
        }
        // claims that repeat this one, and the ones it repeats, are shown as dependent too
        for (Edge e : edges.touching(claim.id())) {
            if (e.type() == LinkType.DERIVED_FROM && e.to().equals(claim.id()) && notListed(dependent, e.from())) {
                dependent.add(new Dependent(nodes.get(e.from()), "repeats this claim", List.of(e.from(), claim.id())));
            }
        }
        upstreamOfClaim.forEach((origin, chain) -> {
            if (notListed(dependent, origin)) {
                dependent.add(new Dependent(nodes.get(origin), "this claim repeats it", chain));
            }
        });
        List<Node> contradicting = linked(claim.id(), edges, nodes, LinkType.CONTRADICTS, true);
        List<Node> denying = linked(claim.id(), edges, nodes, LinkType.DENIES, false);
        return verdict(claim, independent, dependent, contradicting, denying);
    }

    /** Why {@code other} is not independent of {@code claim}; empty when it is. The relation is symmetric. */
    static Optional<Dependent> dependence(Node claim, Node other, Map<UUID, List<UUID>> claimUp,
                                          Map<UUID, List<UUID>> otherUp) {
        if (other.source().equals(claim.source())) {
            return Optional.of(new Dependent(other, "same source", List.of()));
        }
        if (claim.side() != null && claim.side().equals(other.side())) {
            return Optional.of(new Dependent(other, "same side (" + other.side() + ")", List.of()));
        }
        if (claim.summarises() || other.summarises()) {
            // an encyclopedia's own-voice statement retells the reports it cites: it confirms nothing, and
            // confirming it is confirming those reports
            return Optional.of(new Dependent(other, "a reference work retelling other reports", List.of()));
        }
        if (otherUp.containsKey(claim.id())) {
            return Optional.of(new Dependent(other, "repeats this claim", otherUp.get(claim.id())));
        }
        if (claimUp.containsKey(other.id())) {
            return Optional.of(new Dependent(other, "this claim repeats it", claimUp.get(other.id())));
        }
        for (Map.Entry<UUID, List<UUID>> origin : otherUp.entrySet()) {
            if (claimUp.containsKey(origin.getKey())) {
                return Optional.of(new Dependent(other, "both repeat the same claim", origin.getValue()));
            }
        }
        return Optional.empty();
    }

    private static Assessment verdict(Node claim, List<Node> independent, List<Dependent> dependent,
                                      List<Node> contradicting, List<Node> denying) {
        String denied = denying.isEmpty() ? "" : "; denied by " + names(denying);
        String contested = contradicting.isEmpty() ? "" : "; contradicted by " + names(contradicting);
        if (!independent.isEmpty()) {
            return new Assessment(independent, dependent, contradicting, denying, Status.CORROBORATED,
                    "corroborated: confirmed by " + independent.size() + " independent source"
                            + (independent.size() == 1 ? "" : "s") + " (" + names(independent)
                            + "), none on the side of " + claim.sourceName() + " or repeating it" + contested + denied);
        }
        String dependentNote = dependent.isEmpty() ? "" : "; " + dependent.size() + " dependent confirmation"
                + (dependent.size() == 1 ? " is" : "s are") + " shown but not counted";
        if (!contradicting.isEmpty()) {
            return new Assessment(independent, dependent, contradicting, denying, Status.CONTESTED,
                    "contested: no independent confirmation" + contested + denied + dependentNote);
        }
        if (!denying.isEmpty()) {
            return new Assessment(independent, dependent, contradicting, denying, Status.DENIED,
                    "denied: no independent confirmation" + denied + dependentNote);
        }
        return new Assessment(independent, dependent, contradicting, denying, Status.SINGLE_SOURCE,
                "single-source: no source independent of " + claim.sourceName() + " confirms it" + dependentNote);
    }

    private static List<Node> linked(UUID claim, Edges edges, Map<UUID, Node> nodes, LinkType type,
                                     boolean eitherWay) {
        return edges.touching(claim).stream().filter(e -> e.type() == type)
                .map(e -> e.to().equals(claim) ? e.from() : eitherWay ? e.to() : null)
                .filter(id -> id != null && !id.equals(claim)).distinct().map(nodes::get).toList();
    }

    /** Every claim that {@code start} repeats, directly or through others, with the chain that leads there. */
    static Map<UUID, List<UUID>> upstream(UUID start, Edges edges) {
        Map<UUID, List<UUID>> chains = new HashMap<>();
        Deque<List<UUID>> queue = new ArrayDeque<>();
        queue.add(List.of(start));
        while (!queue.isEmpty()) {
            List<UUID> path = queue.poll();
            for (UUID next : edges.repeatedBy(path.get(path.size() - 1))) {
                if (!next.equals(start) && !chains.containsKey(next)) {
                    List<UUID> longer = new ArrayList<>(path);
                    longer.add(next);
                    chains.put(next, List.copyOf(longer));
                    queue.add(longer);
                }
            }
        }
        return chains;
    }

    private static boolean notListed(List<Dependent> dependent, UUID id) {
        return dependent.stream().noneMatch(d -> d.node().id().equals(id));
    }

    static String names(List<Node> nodes) {
        return String.join(", ", nodes.stream().map(Node::sourceName).distinct().toList());
    }
}
