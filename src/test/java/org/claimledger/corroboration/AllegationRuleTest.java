package org.claimledger.corroboration;

import org.claimledger.corroboration.AllegationRule.Accusation;
import org.claimledger.corroboration.AllegationRule.Verdict;
import org.claimledger.corroboration.Corroboration.Edge;
import org.claimledger.corroboration.Corroboration.Edges;
import org.claimledger.corroboration.Corroboration.Node;
import org.claimledger.corroboration.Corroboration.Status;
import org.claimledger.link.LinkType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When an allegation is corroborated independently: the claim rule, applied to the accusations of an incident. */
class AllegationRuleTest {
    private final Map<UUID, Node> nodes = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    private Node node(String source, String side) {
        Node n = new Node(UUID.randomUUID(), source, source.toUpperCase(), side);
        nodes.put(n.id(), n);
        return n;
    }

    private void link(Node from, LinkType type, Node to) {
        edges.add(new Edge(from.id(), to.id(), type));
    }

    private Verdict assess(List<Accusation> accusations, List<Node> denials) {
        return AllegationRule.assess(accusations, denials, nodes, Edges.of(edges));
    }

    private static Accusation accuses(Node claim, String accused) {
        return new Accusation(claim, accused);
    }

    @Test
    void aLoneAccuserIsAssertedOnlyNeverCorroboratedHoweverManyClaimsItMakes() {
        Node first = node("hrw", null);
        Node second = new Node(UUID.randomUUID(), "hrw", "HRW", null);
        nodes.put(second.id(), second);

        Verdict v = assess(List.of(accuses(first, "armenia"), accuses(second, "armenia")), List.of());

        assertThat(v.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(v.independent()).isEmpty();
        assertThat(v.asserting()).extracting(Node::source).containsExactly("hrw");
        assertThat(v.summary()).isEqualTo("Asserted only by HRW; no independent corroboration; denied by nobody.");
    }

    @Test
    void twoAccusersOnOneSideDoNotCorroborateEachOther() {
        Verdict v = assess(List.of(accuses(node("az-gov", "azerbaijan"), "armenia"),
                accuses(node("az-ombudsman", "azerbaijan"), "armenia")), List.of());

        assertThat(v.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(v.summary()).startsWith("Asserted by AZ-GOV, AZ-OMBUDSMAN; no independent corroboration");
    }

    @Test
    void anIndependentSecondAccuserCorroboratesAndIsCorroborated() {
        Node accuser = node("az-gov", "azerbaijan");
        Node monitor = node("hrw", null);
        Node denial = node("am-gov", "armenia");

        Verdict v = assess(List.of(accuses(accuser, "armenia"), accuses(monitor, "armenia")), List.of(denial));

        assertThat(v.status()).isEqualTo(Status.CORROBORATED);
        assertThat(v.independent()).extracting(Node::source).containsExactly("hrw", "az-gov");
        assertThat(v.denying()).containsExactly(denial);
        assertThat(v.summary()).isEqualTo("Asserted by AZ-GOV, HRW; corroborated independently by HRW, AZ-GOV; "
                + "denied by AM-GOV.");
    }

    @Test
    void aNeutralAccuserThatRepeatsTheAccuserThroughAChainIsNotIndependent() {
        Node accuser = node("az-gov", "azerbaijan");
        Node wire = node("wire-agency", null);
        Node paper = node("newspaper", null);
        link(wire, LinkType.DERIVED_FROM, accuser);
        link(paper, LinkType.DERIVED_FROM, wire);

        Verdict v = assess(List.of(accuses(accuser, "armenia"), accuses(paper, "armenia")), List.of());

        assertThat(v.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(v.independent()).isEmpty();
        assertThat(v.asserting()).extracting(Node::source).containsExactly("az-gov", "newspaper");
    }

    @Test
    void accusationsAgainstDifferentSidesDoNotConfirmEachOther() {
        Verdict v = assess(List.of(accuses(node("am-gov", "armenia"), "azerbaijan"),
                accuses(node("az-gov", "azerbaijan"), "armenia")), List.of());

        assertThat(v.independent()).isEmpty();
        assertThat(v.status()).isEqualTo(Status.SINGLE_SOURCE);
    }

    @Test
    void aCorroboratesLinkFromOutsideTheAllegationCountsUnderTheSameRule() {
        Node accusation = node("sohr", null);
        Node outlet = node("france24", null);
        Node echo = node("syria-gov", "syria");
        link(outlet, LinkType.CORROBORATES, accusation);
        link(echo, LinkType.CORROBORATES, accusation);
        link(echo, LinkType.DERIVED_FROM, accusation);
        link(node("tr-gov", "azerbaijan"), LinkType.CONTRADICTS, accusation);

        Verdict v = assess(List.of(accuses(accusation, "turkey")), List.of());

        assertThat(v.independent()).extracting(Node::source).containsExactly("france24");
        assertThat(v.contradicting()).extracting(Node::source).containsExactly("tr-gov");
        assertThat(v.status()).isEqualTo(Status.CORROBORATED);
    }

    @Test
    void deniedWithoutIndependentConfirmation() {
        Node accusation = node("az-gov", "azerbaijan");
        Node linkedDenial = node("am-mfa", "armenia");
        link(linkedDenial, LinkType.DENIES, accusation);

        Verdict v = assess(List.of(accuses(accusation, "armenia")), List.of(node("am-gov", "armenia")));

        assertThat(v.status()).isEqualTo(Status.DENIED);
        assertThat(v.denying()).extracting(Node::source).containsExactly("am-gov", "am-mfa");
        assertThat(v.summary()).isEqualTo("Asserted only by AZ-GOV; no independent corroboration; "
                + "denied by AM-GOV, AM-MFA.");
    }
}
