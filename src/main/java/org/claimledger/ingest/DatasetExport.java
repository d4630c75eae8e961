package org.claimledger.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import org.claimledger.common.Download;
import org.claimledger.common.Row;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimMapping;
import org.claimledger.claim.ClaimService;
import org.claimledger.claim.ClaimView;
import org.claimledger.claim.NewClaim;
import org.claimledger.common.Page;
import org.claimledger.incident.Incident;
import org.claimledger.incident.IncidentService;
import org.claimledger.link.LinkType;
import org.claimledger.party.Party;
import org.claimledger.party.PartyService;
import org.claimledger.source.Source;
import org.claimledger.source.SourceService;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.io.IOException;
import java.util.List;

/**
 * The whole current dataset in the import format: parties, sources, incidents, active claims and the active links
 * between them. Importing it into an empty database and exporting again gives the same document.
 * Claims without a key are named by their id ({@code urn:uuid:...}). The whole document is read in one
 * snapshot ({@link ExportSnapshot}), so an export taken during edits is the database at one instant.
 */
@ApplicationScoped
public class DatasetExport {
    private static final int PAGE = 1000;

    private final ClaimService claims;
    private final SessionFactory sessions;
    private final ExportSnapshot snapshots;
    private final ObjectMapper json;

    DatasetExport(ClaimService claims, SessionFactory sessions, ExportSnapshot snapshots, ObjectMapper json) {
        this.claims = claims;
        this.sessions = sessions;
        this.snapshots = snapshots;
        this.json = json;
    }

    /** Takes the snapshot now (503 when none can be had); the returned output ends it when written. */
    public Download stream() {
        ExportSnapshot.Open snapshot = snapshots.open();
        endWithTheRequest(snapshot);
        return stream(snapshot);
    }

    /** A response that is never written (its client left first) must still give its connection back. */
    private static void endWithTheRequest(ExportSnapshot.Open snapshot) {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return;
        }
        io.vertx.ext.web.RoutingContext request = io.quarkus.arc.Arc.container()
                .instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get().getCurrent();
        if (request != null) {
            request.addEndHandler(done -> request.vertx().executeBlocking(() -> {
                snapshot.close();
                return null;
            }, false));
        }
    }

    Download stream(ExportSnapshot.Open snapshot) {
        return out -> {
            try (snapshot; Session session = sessions.withOptions().connection(snapshot.connection()).openSession();
                 JsonGenerator gen = json.getFactory().createGenerator(out)) {
                session.setDefaultReadOnly(true);
                gen.useDefaultPrettyPrinter();
                gen.writeStartObject();
                gen.writeFieldName("parties");
                json.writeValue(gen, session.createQuery("from Party order by slug", Party.class).getResultList()
                        .stream().map(PartyService::toInput).toList());
                gen.writeFieldName("sources");
                json.writeValue(gen, session.createQuery("from Source order by slug", Source.class).getResultList()
                        .stream().map(SourceService::toInput).toList());
                gen.writeFieldName("incidents");
                json.writeValue(gen, session.createQuery("from Incident order by slug", Incident.class).getResultList()
                        .stream().map(IncidentService::toInput).toList());
                session.clear();
                gen.writeArrayFieldStart("claims");
                writeClaims(session, gen);
                gen.writeEndArray();
                gen.writeArrayFieldStart("links");
                writeLinks(session, gen);
                gen.writeEndArray();
                gen.writeEndObject();
            }
        };
    }

    private void writeClaims(Session session, JsonGenerator gen) throws IOException {
        ClaimFilter active = new ClaimFilter();
        String cursor = null;
        do {
            Page<ClaimView> page = claims.list(session, active, cursor, PAGE);
            session.clear();
            for (ClaimView claim : page.items()) {
                NewClaim input = ClaimMapping.toInput(claim);
                json.writeValue(gen, claim.key() != null ? input : ClaimMapping.withKey(input, Claim.exportKey(null, claim.id())));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private void writeLinks(Session session, JsonGenerator gen) throws IOException {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Row> rows = Row.all(session.createNativeQuery("SELECT l.id, f.external_key AS from_key,"
                            + " f.public_id AS from_id, t.external_key AS to_key, t.public_id AS to_id, l.type, l.note"
                            + " FROM claim_link l JOIN claim f ON f.id = l.from_claim_id JOIN claim t ON t.id = l.to_claim_id"
                            + " WHERE l.status = 'active' AND f.status = 'active' AND t.status = 'active'"
                            + " AND l.id > :after ORDER BY l.id LIMIT :limit", Tuple.class)
                    .setParameter("after", after).setParameter("limit", PAGE));
            for (Row r : rows) {
                json.writeValue(gen, new ImportBatch.Link(Claim.exportKey(r.string("from_key"), r.uuid("from_id")),
                        Claim.exportKey(r.string("to_key"), r.uuid("to_id")), r.word(LinkType.class, "type"),
                        r.string("note")));
            }
            if (rows.size() < PAGE) {
                return;
            }
            after = rows.get(rows.size() - 1).number("id");
        }
    }
}
