package org.claimledger.party;

import org.claimledger.common.InvalidInput;
import org.claimledger.common.Problem;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties one request or import names, each read once and on demand (a database may hold
 * thousands): by slug, the "part of" tree, and each party's side. The one party lookup of the service.
 */
public final class Parties implements PartyTree {
    private final Map<String, Optional<Party>> bySlug = new HashMap<>();

    public static Parties load() {
        return new Parties();
    }

    /** The party, or a 400 naming {@code field} when it is not given or unknown. */
    public Party require(String slug, String field) {
        Party party = slug == null ? null : find(slug);
        if (party == null) {
            throw InvalidInput.of(field, slug == null ? "is required" : "unknown party '" + slug + "'");
        }
        return party;
    }

    /** The party named, or null; an unknown slug is reported into {@code errors} under {@code field}. */
    public Party resolve(String slug, String field, List<Problem.FieldError> errors) {
        if (slug == null) {
            return null;
        }
        Party party = find(slug);
        if (party == null) {
            errors.add(new Problem.FieldError(field, "unknown party '" + Problem.clip(slug) + "'"));
        }
        return party;
    }

    /** Lets an import resolve a party it has just written in the same transaction. */
    public void remember(Party party) {
        bySlug.put(party.slug, Optional.of(party));
    }

    /** The names of these parties by slug (an unknown slug names itself), read in one query whatever their number. */
    public Map<String, String> names(java.util.Collection<String> slugs) {
        List<String> unread = slugs.stream().distinct().filter(slug -> !bySlug.containsKey(slug)).toList();
        if (!unread.isEmpty()) {
            unread.forEach(slug -> bySlug.put(slug, Optional.empty()));
            Party.<Party>find("slug in ?1", unread).stream().forEach(this::remember);
        }
        Map<String, String> names = new HashMap<>();
        slugs.forEach(slug -> names.put(slug, name(slug)));
        return names;
    }

    public boolean exists(String slug) {
        return find(slug) != null;
    }

    @Override
    public String name(String slug) {
        Party party = find(slug);
        return party == null ? slug : party.name;
    }

    private Party find(String slug) {
        return bySlug.computeIfAbsent(slug, Party::bySlug).orElse(null);
    }

    public Party byId(Long id) {
        return id == null ? null : Party.findById(id);
    }

    /** The side a party is on, as a slug; null for none. */
    public String sideOf(Party party) {
        Party side = party == null ? null : party.effectiveSide();
        return side == null ? null : side.slug;
    }

    @Override
    public boolean isWithin(String party, String ancestor) {
        Party p = party == null ? null : find(party);
        Party a = ancestor == null ? null : find(ancestor);
        return p != null && a != null && p.isWithin(a);
    }

    /** The party, the parties it is part of, and the parties part of it: whose figures may bear on it. */
    public Set<Long> family(Party party) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Party p = party; p != null; p = p.parent) {
            ids.add(p.id);
        }
        @SuppressWarnings("unchecked")
        List<Number> below = Party.getEntityManager().createNativeQuery("WITH RECURSIVE below(id) AS ("
                        + " SELECT CAST(:id AS bigint) UNION SELECT p.id FROM party p JOIN below b ON p.parent_id = b.id)"
                        + " SELECT id FROM below")
                .setParameter("id", party.id).getResultList();
        below.forEach(n -> ids.add(n.longValue()));
        return ids;
    }
}
