package org.claimledger.web;

import org.claimledger.party.Party;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The names of some parties by slug, in one query whatever their number: pages show names, services give slugs. */
final class PartyNames {
    private PartyNames() {
    }

    static Map<String, String> of(Collection<String> slugs) {
        Map<String, String> names = new HashMap<>();
        if (!slugs.isEmpty()) {
            Party.<Party>find("slug in ?1", slugs.stream().distinct().toList()).stream()
                    .forEach(p -> names.put(p.slug, p.name));
        }
        return names;
    }
}
