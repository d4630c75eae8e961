package org.claimledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.common.Page;
import org.claimledger.source.Source;
import org.claimledger.source.SourceService;
import org.claimledger.source.SourceView;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every source, for pages that show names where the services give slugs. */
@ApplicationScoped
class SourceDirectory {
    private static final int PAGE = 500;

    private final SourceService sources;

    SourceDirectory(SourceService sources) {
        this.sources = sources;
    }

    List<SourceView> all() {
        List<SourceView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<SourceView> page = sources.list(cursor, PAGE, null, null);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        all().forEach(s -> names.put(s.slug(), s.name()));
        return names;
    }

    /** The names of these sources by slug, in one query whatever their number. */
    Map<String, String> names(Collection<String> slugs) {
        Map<String, String> names = new HashMap<>();
        if (!slugs.isEmpty()) {
            Source.<Source>find("slug in ?1", slugs.stream().distinct().toList()).stream()
                    .forEach(s -> names.put(s.slug, s.name));
        }
        return names;
    }

    /** Up to {@code limit} sources whose name or slug holds {@code text} (whatever the letter case), by slug. */
    List<Source> named(String text, int limit) {
        return Source.<Source>find("position(?1 in lower(name)) > 0 or position(?1 in slug) > 0 order by slug",
                text.toLowerCase(Locale.ROOT)).page(0, limit).list();
    }
}
