package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimMapping;
import org.claimledger.claim.ClaimWriter;
import org.claimledger.claim.References;
import org.claimledger.claim.NewClaim;
import org.claimledger.common.Problem.FieldError;
import org.claimledger.common.Violations;
import org.claimledger.incident.NewIncident;
import org.claimledger.party.NewParty;
import org.claimledger.source.NewSource;
import org.claimledger.revision.Change;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final ImportErrors errors = new ImportErrors();
    private final References refs = new References(errors.sink());
    private final ReferenceImport references;
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
        this.links = new LinkImport(em, errors, actor, reason, keys::contains);
        this.references = new ReferenceImport(errors, refs, this::valid, actor, reason, mayAdminister);
    }

    void parties(List<NewParty> batch) {
        references.parties(batch);
    }

    void sources(List<NewSource> batch) {
        references.sources(batch);
    }

    void incidents(List<NewIncident> batch) {
        references.incidents(batch);
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

    /** The stored claims this chunk names, locked until the import commits. */
    private Map<String, Claim> existingByKey() {
        List<String> chunkKeys = chunk.values().stream().map(NewClaim::key).filter(k -> k != null).toList();
        return chunkKeys.isEmpty() || errors.any() ? Map.of() : ClaimWriter.lockByKey(chunkKeys);
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
        ImportRuns.record(em, id, format, actor, references.parties, references.sources, references.incidents,
                claims, links.tally());
        return new ImportReport(id, format, java.time.OffsetDateTime.now(), actor, references.parties.counts(),
                references.sources.counts(), references.incidents.counts(), claims.counts(), links.tally().counts());
    }

    private boolean valid(Object record, String prefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(record);
        violations.forEach(v -> errors.add(prefix + "." + Violations.field(v), v.getMessage()));
        return violations.isEmpty();
    }
}
