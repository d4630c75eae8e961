package org.claimledger.corroboration;

import org.claimledger.corroboration.AllegationRule.Accusation;
import org.claimledger.corroboration.Corroboration.Edge;
import org.claimledger.corroboration.Corroboration.Edges;
import org.claimledger.corroboration.Corroboration.Node;
import org.claimledger.link.LinkType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independence rule over random link graphs (seeded; the seed is in every failure message):
 * whatever counts as an independent confirmation, of a claim or of an allegation, is another source,
 * not on the same side, with no derived-from path to or from the claim it confirms and no origin in
 * common with it; and a lone source never corroborates itself.
 */
class IndependencePropertyTest {
    private static final String[] SIDES = {null, null, "north", "south"};

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private record World(Map<UUID, Node> nodes, List<Node> claims, List<Edge> edges) {
        static World random(Random r) {
            Map<UUID, Node> nodes = new HashMap<>();
            List<Node> claims = new ArrayList<>();
            int sources = 1 + r.nextInt(6);
            for (int i = 0; i < 2 + r.nextInt(12); i++) {
                int s = r.nextInt(sources);
                Node n = new Node(UUID.randomUUID(), "s" + s, "S" + s, SIDES[s % SIDES.length]);
                nodes.put(n.id(), n);
                claims.add(n);
            }
            List<Edge> edges = new ArrayList<>();
            LinkType[] types = {LinkType.CORROBORATES, LinkType.DERIVED_FROM, LinkType.DERIVED_FROM,
                    LinkType.CONTRADICTS, LinkType.DENIES};
            for (int i = 0; i < r.nextInt(3 * claims.size()); i++) {
                Node a = claims.get(r.nextInt(claims.size()));
                Node b = claims.get(r.nextInt(claims.size()));
                if (!a.equals(b)) {
                    edges.add(new Edge(a.id(), b.id(), types[r.nextInt(types.length)]));
                }
            }
            return new World(nodes, claims, edges);
        }

        /** Every claim {@code from} reaches by derived-from links, by a plain search of the edge list. */
        Set<UUID> repeated(UUID from) {
            Set<UUID> seen = new HashSet<>();
            List<UUID> todo = new ArrayList<>(List.of(from));
            while (!todo.isEmpty()) {
                UUID at = todo.remove(todo.size() - 1);
                for (Edge e : edges) {
                    if (e.type() == LinkType.DERIVED_FROM && e.from().equals(at) && seen.add(e.to())) {
                        todo.add(e.to());
                    }
                }
            }
            seen.remove(from);
            return seen;
        }

        boolean independent(Node a, Node b) {
            Set<UUID> fromA = repeated(a.id());
            Set<UUID> fromB = repeated(b.id());
            return !a.source().equals(b.source()) && (a.side() == null || !a.side().equals(b.side()))
                    && !fromA.contains(b.id()) && !fromB.contains(a.id()) && fromA.stream().noneMatch(fromB::contains);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aClaimsIndependentConfirmationsAreIndependentOfIt(long seed) {
        World w = World.random(new Random(seed));
        for (Node claim : w.claims()) {
            var assessment = Corroboration.assess(claim, w.nodes(), w.edges());
            for (Node confirmer : assessment.independent()) {
                assertThat(w.independent(claim, confirmer)).as("seed %d: %s confirms %s", seed, confirmer, claim)
                        .isTrue();
            }
            assertThat(assessment.independent().isEmpty())
                    .as("seed %d: corroborated exactly when an independent source confirms", seed)
                    .isEqualTo(assessment.status() != Corroboration.Status.CORROBORATED);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anAllegationIsCorroboratedOnlyByASourceIndependentOfAnAccuser(long seed) {
        Random r = new Random(seed);
        World w = World.random(r);
        List<Accusation> accusations = w.claims().stream().filter(c -> r.nextBoolean())
                .map(c -> new Accusation(c, "north")).toList();
        var verdict = AllegationRule.assess(accusations, List.of(), w.nodes(), Edges.of(w.edges()));
        for (Node confirmer : verdict.independent()) {
            assertThat(accusations.stream().anyMatch(a -> w.independent(a.claim(), confirmer)))
                    .as("seed %d: %s is independent of some accuser", seed, confirmer).isTrue();
        }
        boolean oneSource = accusations.stream().map(a -> a.claim().source()).distinct().count() <= 1;
        boolean linked = w.edges().stream().anyMatch(e -> e.type() == LinkType.CORROBORATES);
        if (oneSource && !linked) {
            assertThat(verdict.independent()).as("seed %d: a lone source never corroborates itself", seed).isEmpty();
        }
    }
}
