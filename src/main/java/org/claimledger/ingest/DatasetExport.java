package org.claimledger.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimMapping;
import org.claimledger.claim.ClaimService;
import org.claimledger.claim.ClaimView;
import org.claimledger.claim.NewClaim;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.common.SqlValues;
import org.claimledger.incident.Incident;
import org.claimledger.incident.IncidentService;
import org.claimledger.link.LinkType;
import org.claimledger.party.Party;
import org.claimledger.party.PartyService;
import org.claimledger.source.Source;
import org.claimledger.source.SourceService;

import java.io.IOException;
import java.util.List;

/**
 * The whole current dataset in the import format: parties, sources, incidents, active claims and the active links
 * between them. Importing it into an empty database and exporting again gives the same document.
 * Claims without a key are named by their id ({@code urn:uuid:...}).
 */
@ApplicationScoped
public class DatasetExport {
    private static final int PAGE = 1000;

    private final ClaimService claims;
    private final EntityManager em;
    private final ObjectMapper json;

    DatasetExport(ClaimService claims, EntityManager em, ObjectMapper json) {
        this.claims = claims;
        this.em = em;
        this.json = json;
    }

    public StreamingOutput stream() {
        return out -> {
            try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
                gen.useDefaultPrettyPrinter();
                gen.writeStartObject();
                gen.writeFieldName("parties");
                json.writeValue(gen, QuarkusTransaction.requiringNew().call(() -> Party.<Party>listAll(
                        io.quarkus.panache.common.Sort.by("slug")).stream().map(PartyService::toInput).toList()));
                gen.writeFieldName("sources");
                json.writeValue(gen, QuarkusTransaction.requiringNew().call(() -> Source.<Source>listAll(
                        io.quarkus.panache.common.Sort.by("slug")).stream().map(SourceService::toInput).toList()));
                gen.writeArrayFieldStart("incidents");
                writeIncidents(gen);
                gen.writeEndArray();
                gen.writeArrayFieldStart("claims");
                writeClaims(gen);
                gen.writeEndArray();
                gen.writeArrayFieldStart("links");
                writeLinks(gen);
                gen.writeEndArray();
                gen.writeEndObject();
            }
        };
    }

    /** Incidents a page at a time: a large database names tens of thousands. */
    private void writeIncidents(JsonGenerator gen) throws IOException {
        String after = "";
        while (true) {
            String from = after;
            List<Incident> page = QuarkusTransaction.requiringNew().call(() -> Incident.<Incident>find(
                    "slug > ?1 order by slug", from).page(0, PAGE).list());
            for (Incident incident : page) {
                json.writeValue(gen, IncidentService.toInput(incident));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).slug;
        }
    }

    private void writeClaims(JsonGenerator gen) throws IOException {
        ClaimFilter active = new ClaimFilter();
        String cursor = null;
        do {
            String from = cursor;
            Page<ClaimView> page = QuarkusTransaction.requiringNew().call(() -> claims.list(active, from, PAGE));
            for (ClaimView claim : page.items()) {
                NewClaim input = ClaimMapping.toInput(claim);
                json.writeValue(gen, claim.key() != null ? input : ClaimMapping.withKey(input, Claim.exportKey(null, claim.id())));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private void writeLinks(JsonGenerator gen) throws IOException {
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "SELECT l.id, f.external_key, f.public_id, t.external_key, t.public_id, l.type, l.note"
                                    + " FROM claim_link l JOIN claim f ON f.id = l.from_claim_id"
                                    + " JOIN claim t ON t.id = l.to_claim_id"
                                    + " WHERE l.status = 'active' AND f.status = 'active' AND t.status = 'active'"
                                    + " AND l.id > :after ORDER BY l.id LIMIT :limit")
                    .setParameter("after", from).setParameter("limit", PAGE).getResultList());
            for (Object[] r : rows) {
                json.writeValue(gen, new ImportBatch.Link(Claim.exportKey((String) r[1], r[2]), Claim.exportKey((String) r[3], r[4]),
                        SqlValues.word(LinkType.class, r[5]), (String) r[6]));
            }
            if (rows.size() < PAGE) {
                return;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }
}
