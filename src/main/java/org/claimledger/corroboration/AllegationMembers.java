package org.claimledger.corroboration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.claimledger.common.Row;
import org.claimledger.claim.Category;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims of the allegations of one page, in one query. An incident's allegation holds its claims
 * that accuse someone (a perpetrator, stance asserts) and its claims that deny; an accusation without an
 * incident is an allegation of its own. Either way, the claims linked to an accusation by "denies" join
 * as denials, wherever they come from.
 */
final class AllegationMembers {
    private static final String ACCUSES = "c.perpetrator_id IS NOT NULL AND c.stance = 'asserts' AND c.status = 'active'";

    private AllegationMembers() {
    }

    /** One claim of an allegation; {@code group}: the allegation's key, as {@link AllegationKeys.Key#cursor()}. */
    record Member(String group, boolean accuses, long id, UUID publicId, String location, Category category,
                  LocalDate statedOn, String statement, Quantity quantity, Long perpetratorId, String perpetrator) {
    }

    static Map<String, List<Member>> of(EntityManager em, List<String> incidents, List<Long> accusations) {
        if (incidents.isEmpty() && accusations.isEmpty()) {
            return Map.of();
        }
        // each part reads through its own index by the page's keys (= ANY), never the whole table:
        // the accusations of the incidents, the accusations without one, the incidents' denials (V9)
        List<Row> rows = Row.all(em.createNativeQuery("WITH acc AS ("
                        + " SELECT c.id, 'i:' || c.incident AS grp FROM claim c WHERE c.incident = ANY(CAST(:incidents AS text[]))"
                        + " AND " + ACCUSES
                        + " UNION ALL SELECT c.id, 'c:' || c.id FROM claim c WHERE c.id = ANY(CAST(:ids AS bigint[]))"
                        + " AND c.incident IS NULL AND " + ACCUSES + "),"
                        + " den AS (SELECT c.id, 'i:' || c.incident AS grp FROM claim c"
                        + " WHERE c.incident = ANY(CAST(:incidents AS text[])) AND c.stance = 'denies' AND c.status = 'active'"
                        + " UNION SELECT l.from_claim_id, a.grp FROM acc a JOIN claim_link l ON l.to_claim_id = a.id"
                        + " AND l.type = 'denies' AND l.status = 'active'"
                        + " JOIN claim d ON d.id = l.from_claim_id AND d.status = 'active')"
                        + " SELECT m.grp, m.accuses, c.id, c.public_id, c.location, c.category, c.stated_on, c.statement,"
                        + " c.qty_low, c.qty_high, c.qualifier, c.qty_text, c.perpetrator_id, p.slug AS perpetrator"
                        + " FROM (SELECT grp, true AS accuses, id FROM acc UNION ALL SELECT grp, false, id FROM den) m"
                        + " JOIN claim c ON c.id = m.id LEFT JOIN party p ON p.id = c.perpetrator_id"
                        + " ORDER BY m.grp, m.accuses DESC, c.stated_on, c.id", Tuple.class)
                .setParameter("incidents", incidents.toArray(String[]::new))
                .setParameter("ids", accusations.toArray(Long[]::new)));
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            Member m = member(r);
            groups.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    private static Member member(Row r) {
        Qualifier qualifier = r.word(Qualifier.class, "qualifier");
        return new Member(r.string("grp"), r.bool("accuses"), r.number("id"), r.uuid("public_id"), r.string("location"),
                r.word(Category.class, "category"), r.date("stated_on"), r.string("statement"), qualifier == null ? null
                : new Quantity(r.number("qty_low"), r.number("qty_high"), qualifier, r.string("qty_text")),
                r.number("perpetrator_id"), r.string("perpetrator"));
    }
}
