package org.claimledger.comparison;

import org.claimledger.common.InvalidInput;
import org.claimledger.party.Party;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All parties, loaded once per request: the "part of" tree and each party's side. */
public final class Parties implements PartyTree {
    private final Map<String, Party> bySlug = new HashMap<>();
    private final Map<Long, Party> byId = new HashMap<>();

    public Parties(List<Party> all) {
        all.forEach(p -> {
            bySlug.put(p.slug, p);
            byId.put(p.id, p);
        });
    }

    public static Parties load() {
        return new Parties(Party.listAll());
    }

    public Party require(String slug, String field) {
        Party party = slug == null ? null : bySlug.get(slug);
        if (party == null) {
            throw InvalidInput.of(field, slug == null ? "is required" : "unknown party '" + slug + "'");
        }
        return party;
    }

    public Party byId(Long id) {
        return id == null ? null : byId.get(id);
    }

    /** The side a party is on, as a slug; null for none. */
    public String sideOf(Party party) {
        Party side = party == null ? null : party.effectiveSide();
        return side == null ? null : side.slug;
    }

    @Override
    public boolean isWithin(String party, String ancestor) {
        Party p = bySlug.get(party);
        Party a = bySlug.get(ancestor);
        return p != null && a != null && p.isWithin(a);
    }

    /** The party, the parties it is part of, and the parties part of it: whose figures may bear on it. */
    public Set<Long> family(Party party) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Party p = party; p != null; p = p.parent) {
            ids.add(p.id);
        }
        byId.values().stream().filter(p -> p.isWithin(party)).forEach(p -> ids.add(p.id));
        return ids;
    }
}
