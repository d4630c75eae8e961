package org.claimledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.common.Page;
import org.claimledger.source.SourceService;
import org.claimledger.source.SourceView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
}
