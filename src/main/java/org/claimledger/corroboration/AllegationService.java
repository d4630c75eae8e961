package org.claimledger.corroboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.corroboration.AllegationMembers.Member;
import org.claimledger.corroboration.AllegationRule.Accusation;
import org.claimledger.corroboration.Corroboration.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Allegations a page at a time, in a fixed number of queries whatever the page size: the page's keys
 * (AllegationKeys), their claims (AllegationMembers), the link graph around them (LinkGraph), and the
 * sides of the accused; then the corroboration rule in Java (AllegationRule).
 */
@ApplicationScoped
public class AllegationService {
    private static final int TITLE = 90;

    private final EntityManager em;
    private final LinkGraph graph;

    AllegationService(EntityManager em, LinkGraph graph) {
        this.em = em;
        this.graph = graph;
    }

    public Page<AllegationView> list(String incident, String q, String cursor, int limit) {
        String text = q == null || q.isBlank() ? null : q;
        List<AllegationKeys.Key> keys = AllegationKeys.page(em, incident, text, cursor, limit);
        List<AllegationKeys.Key> shown = keys.size() > limit ? keys.subList(0, limit) : keys;
        Map<String, List<Member>> members = AllegationMembers.of(em,
                shown.stream().map(AllegationKeys.Key::incident).filter(Objects::nonNull).toList(),
                shown.stream().map(AllegationKeys.Key::claim).filter(Objects::nonNull).toList());
        List<Member> all = members.values().stream().flatMap(List::stream).toList();
        LinkGraph.Graph g = graph.around(all.stream().map(Member::id).toList());
        Map<Long, String> accusedSides = Sides.of(em, all.stream().map(Member::perpetratorId).toList());
        Corroboration.Edges edges = g.index();
        List<AllegationView> views = shown.stream()
                .map(k -> view(k, members.getOrDefault(k.cursor(), List.of()), g, edges, accusedSides)).toList();
        return new Page<>(views, keys.size() > limit ? Cursor.encode(shown.get(shown.size() - 1).cursor()) : null);
    }

    private static AllegationView view(AllegationKeys.Key key, List<Member> members, LinkGraph.Graph g,
                                       Corroboration.Edges edges, Map<Long, String> accusedSides) {
        List<Member> accusing = members.stream().filter(Member::accuses).toList();
        List<Member> denying = members.stream().filter(m -> !m.accuses()).toList();
        Set<String> accused = new java.util.TreeSet<>();
        Set<String> sidesAccused = new LinkedHashSet<>();
        for (Member m : accusing) {
            accused.add(m.perpetrator());
            sidesAccused.add(accusedSide(m, accusedSides));
        }
        AllegationRule.Verdict verdict = AllegationRule.assess(
                accusing.stream().map(m -> new Accusation(g.seeds().get(m.id()), accusedSide(m, accusedSides))).toList(),
                denying.stream().map(m -> g.seeds().get(m.id())).toList(), g.nodes(), edges);
        return new AllegationView(key.incident(), title(key, accusing), List.copyOf(accused),
                key.location() != null ? key.location() : members.stream().map(Member::location)
                        .filter(Objects::nonNull).findFirst().orElse(null),
                verdict.status(), verdict.summary(), voices(accusing, true, g, sidesAccused),
                voices(denying, false, g, sidesAccused), verdict.independent().stream().map(Node::sourceName).toList());
    }

    /** The side a claim accuses: its perpetrator's side, or the perpetrator itself when it is on none. */
    private static String accusedSide(Member m, Map<Long, String> sides) {
        return sides.getOrDefault(m.perpetratorId(), m.perpetrator());
    }

    private static String title(AllegationKeys.Key key, List<Member> accusing) {
        if (key.title() != null) {
            return key.title();
        }
        String statement = accusing.isEmpty() ? "Allegation" : accusing.get(0).statement();
        return statement.length() <= TITLE ? statement : statement.substring(0, TITLE - 3) + "…";
    }

    private static List<AllegationView.Voice> voices(List<Member> members, boolean accuse, LinkGraph.Graph g,
                                                     Collection<String> sidesAccused) {
        List<AllegationView.Voice> voices = new ArrayList<>();
        for (Member m : members) {
            Node node = g.seeds().get(m.id());
            String standing = node.side() == null ? "independent"
                    : sidesAccused.contains(node.side()) ? "accused-side" : accuse ? "accuser" : "other-side";
            voices.add(new AllegationView.Voice(m.publicId(), node.source(), node.sourceName(), node.side(), standing,
                    m.category(), m.statedOn(), m.statement(), m.quantity()));
        }
        return voices;
    }
}
