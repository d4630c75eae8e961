package org.claimledger.corroboration;

import org.claimledger.corroboration.Corroboration.Assessment;
import org.claimledger.corroboration.Corroboration.Edge;
import org.claimledger.corroboration.Corroboration.Node;
import org.claimledger.corroboration.Corroboration.Status;
import org.claimledger.link.LinkType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which confirmations count: the independence rules, with the Barda allegation. */
class CorroborationTest {
    private final Map<UUID, Node> nodes = new HashMap<>();

    private Node node(String source, String side) {
        Node n = new Node(UUID.randomUUID(), source, source.toUpperCase(), side);
        nodes.put(n.id(), n);
        return n;
    }

    private static Edge edge(Node from, LinkType type, Node to) {
        return new Edge(from.id(), to.id(), type);
    }

    @Test
    void independentNgosCorroborateAnAccusationDeniedByTheAccused() {
        Node azerbaijan = node("az-gov", "azerbaijan");
        Node hrw = node("hrw", null);
        Node amnesty = node("amnesty", null);
        Node armenia = node("am-gov", "armenia");

        Assessment a = Corroboration.assess(azerbaijan, nodes, List.of(edge(hrw, LinkType.CORROBORATES, azerbaijan),
                edge(amnesty, LinkType.CORROBORATES, hrw), edge(amnesty, LinkType.CORROBORATES, azerbaijan),
                edge(armenia, LinkType.DENIES, azerbaijan)));

        assertThat(a.status()).isEqualTo(Status.CORROBORATED);
        assertThat(a.independent()).extracting(Node::source).containsExactly("hrw", "amnesty");
        assertThat(a.denying()).extracting(Node::source).containsExactly("am-gov");
        assertThat(a.rule()).isEqualTo("corroborated: confirmed by 2 independent sources (HRW, AMNESTY), none on the "
                + "side of AZ-GOV or repeating it; denied by AM-GOV");
    }

    @Test
    void confirmationFromTheSameSideDoesNotCount() {
        Node armenia = node("am-gov", "armenia");
        Node artsakh = node("artsakh-gov", "armenia");
        Assessment a = Corroboration.assess(armenia, nodes, List.of(edge(artsakh, LinkType.CORROBORATES, armenia)));

        assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(a.dependent()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("same side (armenia)"));
    }

    @Test
    void anEncyclopediaRetellingReportsNeitherConfirmsNorIsConfirmedIndependently() {
        Node hrw = node("hrw", null);
        Node article = new Node(UUID.randomUUID(), "wikipedia-article", "WIKIPEDIA", null, true);
        nodes.put(article.id(), article);
        List<Edge> edges = List.of(edge(article, LinkType.CORROBORATES, hrw));

        Assessment ofHrw = Corroboration.assess(hrw, nodes, edges);
        Assessment ofArticle = Corroboration.assess(article, nodes, edges);

        assertThat(ofHrw.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(ofHrw.dependent()).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("a reference work retelling other reports"));
        assertThat(ofArticle.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(ofArticle.independent()).isEmpty();
    }

    @Test
    void aReportThatRepeatsTheClaimThroughAChainIsCircularNotIndependent() {
        Node claim = node("az-mod", "azerbaijan");
        Node wire = node("wire-agency", null);
        Node paper = node("newspaper", null);
        List<Edge> edges = List.of(edge(wire, LinkType.DERIVED_FROM, claim), edge(paper, LinkType.DERIVED_FROM, wire),
                edge(paper, LinkType.CORROBORATES, claim));

        Assessment a = Corroboration.assess(claim, nodes, edges);

        assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(a.independent()).isEmpty();
        assertThat(a.dependent()).anySatisfy(d -> {
            assertThat(d.node()).isEqualTo(paper);
            assertThat(d.reason()).isEqualTo("repeats this claim");
            assertThat(d.chain()).containsExactly(paper.id(), wire.id(), claim.id());
        });
        assertThat(a.rule()).contains("shown but not counted");
    }

    @Test
    void twoReportsRepeatingTheSameOriginDoNotConfirmEachOther() {
        Node origin = node("ministry", "azerbaijan");
        Node a = node("outlet-a", null);
        Node b = node("outlet-b", null);
        List<Edge> edges = List.of(edge(a, LinkType.DERIVED_FROM, origin), edge(b, LinkType.DERIVED_FROM, origin),
                edge(b, LinkType.CORROBORATES, a));

        Assessment assessment = Corroboration.assess(a, nodes, edges);

        assertThat(assessment.independent()).isEmpty();
        assertThat(assessment.dependent()).extracting(Corroboration.Dependent::reason)
                .contains("both repeat the same claim", "this claim repeats it");
    }

    @Test
    void aContradictedClaimWithoutConfirmationIsContested() {
        Node claim = node("am-gov", "armenia");
        Node other = node("az-mod", "azerbaijan");
        Assessment a = Corroboration.assess(claim, nodes, List.of(edge(claim, LinkType.CONTRADICTS, other)));
        assertThat(a.status()).isEqualTo(Status.CONTESTED);
        assertThat(a.contradicting()).containsExactly(other);
    }

    @Test
    void aDeniedClaimWithoutConfirmationIsDenied() {
        Node claim = node("am-gov", "armenia");
        Node denial = node("az-president", "azerbaijan");
        Assessment a = Corroboration.assess(claim, nodes, List.of(edge(denial, LinkType.DENIES, claim)));
        assertThat(a.status()).isEqualTo(Status.DENIED);
        assertThat(a.rule()).startsWith("denied: no independent confirmation; denied by AZ-PRESIDENT");
    }

    @Test
    void aSourceCountsOnceHoweverManyOfItsClaimsConfirm() {
        Node claim = node("az-gov", "azerbaijan");
        Node first = node("hrw", null);
        Node second = new Node(UUID.randomUUID(), "hrw", "HRW", null);
        nodes.put(second.id(), second);
        Assessment a = Corroboration.assess(claim, nodes, List.of(edge(first, LinkType.CORROBORATES, claim),
                edge(second, LinkType.CORROBORATES, claim)));
        assertThat(a.independent()).hasSize(1);
    }

    @Test
    void aClaimConfirmedOnlyByItsOwnSourceIsSingleSourceNeverCorroboratedByItself() {
        Node claim = node("hrw", null);
        Node again = new Node(UUID.randomUUID(), "hrw", "HRW", null);
        nodes.put(again.id(), again);
        Assessment a = Corroboration.assess(claim, nodes, List.of(edge(again, LinkType.CORROBORATES, claim)));

        assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(a.independent()).isEmpty();
        assertThat(a.dependent()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("same source"));
        assertThat(a.rule()).isEqualTo("single-source: no source independent of HRW confirms it; "
                + "1 dependent confirmation is shown but not counted");
    }
}
