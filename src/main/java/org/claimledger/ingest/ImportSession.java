package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimMapping;
import org.claimledger.claim.ClaimWriter;
import org.claimledger.claim.References;
import org.claimledger.auth.Roles;
import org.claimledger.claim.NewClaim;
import org.claimledger.common.DomainException;
import org.claimledger.common.Problem;
import org.claimledger.common.Problem.FieldError;
import org.claimledger.common.Violations;
import org.claimledger.incident.Incident;
import org.claimledger.incident.IncidentService;
import org.claimledger.incident.NewIncident;
import org.claimledger.party.NewParty;
import org.claimledger.party.Party;
import org.claimledger.party.PartyService;
import org.claimledger.source.NewSource;
import org.claimledger.source.Source;
import org.claimledger.source.SourceService;
import org.claimledger.revision.Change;
import org.claimledger.revision.Revisioned;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One import, inside one transaction: parties and sources first, then claims in chunks (new ones
 * written with COPY, changed ones as new revisions, equal ones left alone), then links. Every invalid
 * record is collected; once one is found nothing more is written, and {@link #finish()} throws so the
 * transaction rolls back.
 */
final class ImportSession {
    private static final int CHUNK = 5_000;
    private static final int ANALYZE_AFTER = 10_000;

    private final EntityManager em;
    private final Validator validator;
    private final String actor;
    private final String reason;
    private final int maxClaims;
    private final boolean mayAdminister;
    private final ImportErrors errors = new ImportErrors();
    private final References refs = new References(errors.sink());
    private final Tally parties = new Tally();
    private final Tally sources = new Tally();
    private final Tally incidents = new Tally();
    private final Tally claims = new Tally();
    private final LinkImport links;
    private final Map<Integer, NewClaim> chunk = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private int claimCount;

    ImportSession(EntityManager em, Validator validator, String actor, String reason, int maxClaims,
                  boolean mayAdminister) {
        this.em = em;
        this.validator = validator;
        this.actor = actor;
        this.reason = reason;
        this.maxClaims = maxClaims;
        this.mayAdminister = mayAdminister;
        this.links = new LinkImport(em, errors, actor, reason, keys::contains);
    }

    void parties(List<NewParty> batch) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (valid(batch.get(i), "parties[" + i + "]")) {
                pending.add(i);
            }
        }
        // a party may name a parent or side defined later in the batch: write those it can, then retry
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                int i = it.next();
                NewParty p = batch.get(i);
                if (known(p.parent(), p.slug()) && known(p.side(), p.slug())) {
                    upsert(p, "parties[" + i + "].");
                    it.remove();
                    progress = true;
                }
            }
        }
        pending.forEach(i -> upsert(batch.get(i), "parties[" + i + "]."));
    }

    private boolean known(String slug, String self) {
        return slug == null || slug.equals(self) || Party.bySlug(slug).isPresent();
    }

    private void upsert(NewParty input, String prefix) {
        Party stored = Party.bySlug(input.slug()).orElse(null);
        Change change = PartyService.change(stored, input);
        upsert(stored, change, Party::new, p -> PartyService.apply(p, input, refs.parties(), errors.sink(), prefix),
                parties, refs::remember, () -> requireAdmin(prefix.substring(0, prefix.length() - 1), "parties",
                        change, input.slug()));
    }

    void sources(List<NewSource> batch) {
        for (int i = 0; i < batch.size(); i++) {
            NewSource input = batch.get(i);
            String prefix = "sources[" + i + "]";
            if (valid(input, prefix)) {
                Source stored = Source.bySlug(input.slug()).orElse(null);
                Change change = SourceService.change(stored, input);
                upsert(stored, change, Source::new,
                        s -> SourceService.apply(s, input, refs.parties(), errors.sink(), prefix + "."),
                        sources, refs::remember, () -> requireAdmin(prefix, "sources", change, input.slug()));
            }
        }
    }

    void incidents(List<NewIncident> batch) {
        for (int i = 0; i < batch.size(); i++) {
            NewIncident input = batch.get(i);
            if (valid(input, "incidents[" + i + "]")) {
                Incident stored = Incident.bySlug(input.slug()).orElse(null);
                upsert(stored, IncidentService.change(stored, input), Incident::new,
                        row -> IncidentService.apply(row, input), incidents, refs::remember, () -> { });
            }
        }
    }

    /**
     * The one way an import stores a party, source or incident: an unchanged one is only remembered; a new
     * or changed one is written unless some record of the import is invalid, and then {@code check}ed.
     */
    private <E extends Revisioned> void upsert(E stored, Change change, Supplier<E> blank, Consumer<E> apply,
                                               Tally tally, Consumer<E> remember, Runnable check) {
        if (change != Change.UNCHANGED) {
            E row = stored == null ? blank.get() : stored;
            apply.accept(row);
            if (errors.any()) {
                return;
            }
            row.recordBy(actor, reason);
            row.persistAndFlush();
            // checked once the database has taken the row, so that bad input is a 400 whoever sends it
            check.run();
            stored = row;
        }
        remember.accept(stored);
        tally.count(change);
    }

    /**
     * Sources and parties are written by {@link Roles#SOURCES_AND_PARTIES} only, on this path as on their own
     * endpoints: a source's side decides self and adversary in every comparison. An unchanged one may be
     * repeated. The refusal rolls the whole import back, the row just written with it.
     */
    private void requireAdmin(String field, String what, Change change, String slug) {
        if (!mayAdminister) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "Forbidden",
                    (change == Change.CREATED ? "creating " : "changing ") + what + " needs an admin token ("
                            + field + ": '" + Problem.clip(slug) + "'); nothing was imported");
        }
    }

    void claim(int index, NewClaim input) {
        if (++claimCount > maxClaims) {
            throw ImportErrors.tooMany(maxClaims);
        }
        String prefix = "claims[" + index + "]";
        boolean valid = valid(input, prefix);
        if (input.key() != null && !keys.add(input.key())) {
            errors.add(prefix + ".key", "the key '" + input.key() + "' appears more than once in this import");
        }
        if (valid) {
            chunk.put(index, input);
        }
        if (chunk.size() >= CHUNK) {
            flushClaims();
        }
    }

    /** The key of a claim that could not be read: links to it are not reported as dangling too. */
    void keyOfUnreadable(String key) {
        keys.add(key);
    }

    /** Records a claim that could not even be read (wrong type, unknown enum word). */
    void unreadable(List<FieldError> problems) {
        problems.forEach(errors::add);
    }

    private void flushClaims() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Claim> existing = existingByKey();
        List<Claim> created = new ArrayList<>();
        for (Map.Entry<Integer, NewClaim> entry : chunk.entrySet()) {
            NewClaim input = entry.getValue();
            Claim stored = input.key() == null ? null : existing.get(input.key());
            Change change = ClaimMapping.change(stored, input);
            String prefix = "claims[" + entry.getKey() + "].";
            if (change == Change.CREATED) {
                created.add(ClaimWriter.create(input, refs, prefix, actor, reason));
            } else if (change == Change.UPDATED) {
                ClaimWriter.revise(stored, input, refs, prefix, actor, reason);
            }
            claims.count(change);
        }
        chunk.clear();
        if (errors.any()) {
            // a stored claim changed by an invalid record (its source unknown, so null) must not be written
            // by the automatic flush of a later query: that would answer a 409 instead of the 400 listing errors
            em.clear();
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> ClaimWriter.copy(connection, created));
    }

    /** The stored claims this chunk names, by key; a {@code urn:uuid:} key also finds a keyless claim by id. */
    private Map<String, Claim> existingByKey() {
        List<String> chunkKeys = chunk.values().stream().map(NewClaim::key).filter(k -> k != null).toList();
        Map<String, Claim> found = new java.util.HashMap<>();
        if (chunkKeys.isEmpty() || errors.any()) {
            return found;
        }
        List<java.util.UUID> ids = chunkKeys.stream().map(Claim::uuidKey).flatMap(java.util.Optional::stream).toList();
        // locked, in id order, until the import commits: an edit of the same claim (PUT) waits for it and
        // then gets 412, or the import waits for the edit and compares against what it wrote
        Claim.<Claim>find("(externalKey in ?1 or publicId in ?2) order by id", chunkKeys,
                        ids.isEmpty() ? List.of(new java.util.UUID(0, 0)) : ids)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .list().forEach(c -> found.put(Claim.exportKey(c.externalKey, c.publicId), c));
        return found;
    }

    void link(int index, ImportBatch.Link input) {
        flushClaims();
        if (valid(input, "links[" + index + "]")) {
            links.add(index, input, !errors.any());
        }
    }

    /** Ends the import: the report, or an InvalidInput listing every invalid record. */
    ImportReport finish(java.util.UUID id, String format) {
        flushClaims();
        links.flush(!errors.any());
        errors.throwIfAny();
        if (claims.created + links.tally().created >= ANALYZE_AFTER) {
            // the planner's statistics predate the import; without fresh ones, the first queries after a
            // large import choose plans for a small table (a full sort instead of an index walk)
            em.createNativeQuery("ANALYZE claim, claim_link, measure_summary").executeUpdate();
        }
        ImportRuns.record(em, id, format, actor, parties, sources, incidents, claims, links.tally());
        return new ImportReport(id, format, java.time.OffsetDateTime.now(), actor, parties.counts(),
                sources.counts(), incidents.counts(), claims.counts(), links.tally().counts());
    }

    private boolean valid(Object record, String prefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(record);
        violations.forEach(v -> errors.add(prefix + "." + Violations.field(v), v.getMessage()));
        return violations.isEmpty();
    }
}
