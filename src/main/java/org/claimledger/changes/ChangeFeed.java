package org.claimledger.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimView;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.Row;
import org.claimledger.incident.Incident;
import org.claimledger.incident.IncidentView;
import org.claimledger.link.ClaimLink;
import org.claimledger.link.LinkView;
import org.claimledger.party.Party;
import org.claimledger.party.PartyView;
import org.claimledger.source.Source;
import org.claimledger.source.SourceView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The changes feed: rows of the {@code change} table (written by triggers, see V10) in (transaction id,
 * id) order, only of transactions older than every one still running, so a cursor never passes a change
 * that commits later. Each item carries its entity as it is now, loaded a kind at a time.
 */
@ApplicationScoped
public class ChangeFeed {
    private final EntityManager db;

    ChangeFeed(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public ChangePage since(String cursor, int limit) {
        Position from = Position.decode(cursor);
        List<Row> rows = Row.all(db.createNativeQuery("SELECT id, xid::text AS xid, entity, entity_id, revision,"
                        + " action, at FROM change WHERE (xid, id) > (CAST(:xid AS xid8), :id)"
                        + " AND xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY xid, id LIMIT :limit", Tuple.class)
                .setParameter("xid", from.xid()).setParameter("id", from.id()).setParameter("limit", limit + 1));
        boolean more = rows.size() > limit;
        List<Row> shown = more ? rows.subList(0, limit) : rows;
        Map<String, Map<Long, Object>> current = current(shown);
        List<ChangeItem> items = new ArrayList<>(shown.size());
        for (Row r : shown) {
            Object entity = current.get(r.string("entity")).get(r.number("entity_id"));
            items.add(new ChangeItem(ChangeItem.Kind.ofTable(r.string("entity")), idOf(entity),
                    ChangeItem.Action.valueOf(r.string("action")), r.integer("revision"), r.timestamp("at"), entity));
        }
        Position next = shown.isEmpty() ? from
                : new Position(shown.get(shown.size() - 1).string("xid"), shown.get(shown.size() - 1).number("id"));
        return new ChangePage(items, next.encode(), more);
    }

    private Map<String, Map<Long, Object>> current(List<Row> rows) {
        Map<String, Set<Long>> ids = rows.stream().collect(Collectors.groupingBy(r -> r.string("entity"),
                Collectors.mapping(r -> r.number("entity_id"), Collectors.toSet())));
        Map<String, Map<Long, Object>> views = new HashMap<>();
        for (String table : List.of("party", "source", "incident", "claim", "claim_link")) {
            Set<Long> wanted = ids.getOrDefault(table, Set.of());
            views.put(table, wanted.isEmpty() ? Map.of() : load(table, wanted));
        }
        return views;
    }

    private Map<Long, Object> load(String table, Set<Long> ids) {
        return switch (table) {
            case "party" -> byId(db.createQuery("from Party p left join fetch p.parent left join fetch p.side"
                    + " where p.id in :ids", Party.class), ids, p -> p.id, PartyView::of);
            case "source" -> byId(db.createQuery("from Source s left join fetch s.party where s.id in :ids",
                    Source.class), ids, s -> s.id, SourceView::of);
            case "incident" -> byId(db.createQuery("from Incident i where i.id in :ids", Incident.class), ids,
                    i -> i.id, IncidentView::of);
            case "claim" -> byId(db.createQuery("from Claim c join fetch c.source left join fetch c.subject"
                    + " left join fetch c.perpetrator where c.id in :ids", Claim.class), ids, c -> c.id, ClaimView::of);
            default -> byId(db.createQuery("from ClaimLink l join fetch l.fromClaim join fetch l.toClaim"
                    + " where l.id in :ids", ClaimLink.class), ids, l -> l.id, LinkView::of);
        };
    }

    private static <E> Map<Long, Object> byId(jakarta.persistence.TypedQuery<E> query, Set<Long> ids,
                                              Function<E, Long> id, Function<E, Object> view) {
        return query.setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(id, view));
    }

    private static String idOf(Object view) {
        if (view instanceof ClaimView c) {
            return c.id().toString();
        }
        if (view instanceof LinkView l) {
            return l.id().toString();
        }
        if (view instanceof SourceView s) {
            return s.slug();
        }
        if (view instanceof PartyView p) {
            return p.slug();
        }
        return ((IncidentView) view).slug();
    }

    /** A place in the feed: after the change (xid, id); the start is (0, 0). */
    record Position(String xid, long id) {
        static Position decode(String cursor) {
            String key = Cursor.decode(cursor);
            if (key == null) {
                return new Position("0", 0);
            }
            String[] parts = key.split(":");
            try {
                if (parts.length == 2 && parts[0].matches("[0-9]{1,20}") && parts[1].matches("[0-9]{1,19}")) {
                    // xid8 is an unsigned 64-bit number: anything larger would fail the cast in the query
                    return new Position(Long.toUnsignedString(Long.parseUnsignedLong(parts[0])), Long.parseLong(parts[1]));
                }
            } catch (NumberFormatException e) {
                // fall through to the 400 below
            }
            throw InvalidInput.of("since", "not a cursor issued by this service");
        }

        String encode() {
            return Cursor.encode(xid + ":" + id);
        }
    }
}
