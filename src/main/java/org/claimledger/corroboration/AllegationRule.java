package org.claimledger.corroboration;

import org.claimledger.corroboration.Corroboration.Assessment;
import org.claimledger.corroboration.Corroboration.Edges;
import org.claimledger.corroboration.Corroboration.Node;
import org.claimledger.corroboration.Corroboration.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The corroboration rule of {@link Corroboration}, applied to an allegation: the accusations of one
 * incident (or one accusation without an incident) and the claims that deny them. Accusations of the
 * same side in one allegation confirm one another, as a corroborates link would, and claims linked to
 * an accusation by corroborates confirm it; each confirmation counts only under the rule (another
 * source, not on the side of the accusation's source, not repeating it and not repeated by it).
 * So a lone accuser is never "corroborated": no source corroborates itself. Plain Java.
 */
public final class AllegationRule {

    /** A claim that accuses someone; {@code accused}: the side (or party) it accuses. */
    public record Accusation(Node claim, String accused) {
    }

    /**
     * {@code asserting}: the accusing sources, one node each; {@code independent}: the sources that
     * confirm one of the accusations under the rule.
     */
    public record Verdict(List<Node> asserting, List<Node> independent, List<Node> contradicting,
                          List<Node> denying, Status status, String summary) {
    }

    private AllegationRule() {
    }

    public static Verdict assess(List<Accusation> accusations, List<Node> denials, Map<UUID, Node> nodes,
                                 Edges edges) {
        Map<UUID, Map<UUID, List<UUID>>> upstream = new HashMap<>();
        Map<String, Node> independent = new LinkedHashMap<>();
        Map<UUID, Node> contradicting = new LinkedHashMap<>();
        Map<UUID, Node> denying = new LinkedHashMap<>();
        denials.forEach(d -> denying.put(d.id(), d));
        for (Accusation a : accusations) {
            List<UUID> coAccusers = accusations.stream().filter(o -> Objects.equals(o.accused(), a.accused()))
                    .map(o -> o.claim().id()).toList();
            Assessment one = Corroboration.assess(a.claim(), nodes, edges, coAccusers, upstream);
            one.independent().forEach(n -> independent.putIfAbsent(n.source(), n));
            one.contradicting().forEach(n -> contradicting.putIfAbsent(n.id(), n));
            one.denying().forEach(n -> denying.putIfAbsent(n.id(), n));
        }
        Map<String, Node> asserting = new LinkedHashMap<>();
        accusations.forEach(a -> asserting.putIfAbsent(a.claim().source(), a.claim()));
        return verdict(List.copyOf(asserting.values()), List.copyOf(independent.values()),
                List.copyOf(contradicting.values()), List.copyOf(denying.values()));
    }

    private static Verdict verdict(List<Node> asserting, List<Node> independent, List<Node> contradicting,
                                   List<Node> denying) {
        List<String> parts = new ArrayList<>();
        parts.add(asserting.isEmpty() ? "Asserted by nobody"
                : (asserting.size() == 1 ? "Asserted only by " : "Asserted by ") + Corroboration.names(asserting));
        parts.add(independent.isEmpty() ? "no independent corroboration"
                : "corroborated independently by " + Corroboration.names(independent));
        if (!contradicting.isEmpty()) {
            parts.add("contradicted by " + Corroboration.names(contradicting));
        }
        parts.add(denying.isEmpty() ? "denied by nobody" : "denied by " + Corroboration.names(denying));
        Status status = !independent.isEmpty() ? Status.CORROBORATED : !contradicting.isEmpty() ? Status.CONTESTED
                : !denying.isEmpty() ? Status.DENIED : Status.SINGLE_SOURCE;
        return new Verdict(asserting, independent, contradicting, denying, status, String.join("; ", parts) + ".");
    }
}
