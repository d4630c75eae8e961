package org.claimledger.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVPrinter;
import org.claimledger.common.Download;
import org.claimledger.claim.ClaimFormats;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimService;
import org.claimledger.claim.ClaimView;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.Page;
import org.claimledger.source.Source;
import org.claimledger.source.SourceView;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The claim list as CSV and as JSON-LD (schema.org Claim). Without a limit every matching claim is
 * streamed, page by page, so an export of a large database never sits in memory.
 */
@ApplicationScoped
public class ClaimExports implements ClaimFormats {
    private static final int PAGE = 1000;

    private final ClaimService claims;
    private final ObjectMapper json;

    ClaimExports(ClaimService claims, ObjectMapper json) {
        this.claims = claims;
        this.json = json;
    }

    @Override
    public Download csv(ClaimFilter filter, String cursor, Integer limit) {
        check(filter, cursor, limit);
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = CsvClaims.printer(writer);
            each(filter, cursor, limit, claim -> {
                try {
                    CsvClaims.print(printer, claim);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        };
    }

    @Override
    public Download jsonLd(ClaimFilter filter, String cursor, Integer limit, String base) {
        check(filter, cursor, limit);
        return out -> {
            Map<String, SourceView> sources = new HashMap<>();
            try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
                gen.writeStartObject();
                gen.writeStringField("@context", "https://schema.org");
                gen.writeArrayFieldStart("@graph");
                pages(filter, cursor, limit, page -> {
                    remember(sources, page);
                    for (ClaimView claim : page) {
                        try {
                            json.writeValue(gen, ClaimJsonLd.of(claim, sources.get(claim.source()), base));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                gen.writeEndArray();
                gen.writeEndObject();
            }
        };
    }

    /**
     * Refuses an unknown source or party, a forged cursor or a limit below 1 while a 400 can still be
     * sent: once streaming has begun the status is 200, and a failure would only cut the file short.
     */
    private void check(ClaimFilter filter, String cursor, Integer limit) {
        if (limit != null && limit < 1) {
            throw InvalidInput.of("limit", "must be at least 1");
        }
        QuarkusTransaction.requiringNew().call(() -> claims.list(filter, cursor, 1));
    }

    /** The sources of a page's claims not met on earlier pages, read in one query. */
    private static void remember(Map<String, SourceView> sources, List<ClaimView> page) {
        Set<String> missing = page.stream().map(ClaimView::source).filter(slug -> !sources.containsKey(slug))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> Source.<Source>list("slug in ?1", missing)
                    .forEach(source -> sources.put(source.slug, SourceView.of(source))));
        }
    }

    private void each(ClaimFilter filter, String cursor, Integer limit, Consumer<ClaimView> sink) {
        pages(filter, cursor, limit, page -> page.forEach(sink));
    }

    /** Every claim of the filter in list order, a page per short transaction; or one page when limited. */
    private void pages(ClaimFilter filter, String cursor, Integer limit, Consumer<List<ClaimView>> sink) {
        String next = cursor;
        int remaining = limit == null ? Integer.MAX_VALUE : limit;
        do {
            String from = next;
            int size = Math.min(PAGE, remaining);
            Page<ClaimView> page = QuarkusTransaction.requiringNew().call(() -> claims.list(filter, from, size));
            sink.accept(page.items());
            remaining -= page.items().size();
            next = page.nextCursor();
        } while (next != null && remaining > 0);
    }
}
