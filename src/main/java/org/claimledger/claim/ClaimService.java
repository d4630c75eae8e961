package org.claimledger.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.persistence.Tuple;
import org.claimledger.common.idempotency.Reply;
import org.claimledger.common.idempotency.IdempotentRequest;
import org.claimledger.common.idempotency.IdempotencyKeys;
import org.claimledger.common.Row;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.IfMatch;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.AnswerCache;
import org.claimledger.common.KeptPage;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;
import org.claimledger.revision.RevisionView;
import org.claimledger.revision.Revisions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClaimService {
    static final String TABLE = "claim";

    private final EntityManager em;
    private final Revisions revisions;
    private final IdempotencyKeys idempotency;
    private final AnswerCache answers;

    ClaimService(EntityManager em, Revisions revisions, IdempotencyKeys idempotency, AnswerCache answers) {
        this.em = em;
        this.revisions = revisions;
        this.idempotency = idempotency;
        this.answers = answers;
    }

    public Claim get(UUID id) {
        return Claim.byPublicId(id).orElseThrow(() -> new NotFound("claim", id));
    }

    /**
     * The claim, locked until the transaction ends, so that a conditional write checks If-Match against
     * the revision it then writes over: a concurrent writer waits and gets 412 instead of a failed update.
     */
    private Claim getForUpdate(UUID id) {
        return Claim.<Claim>find("publicId", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFound("claim", id));
    }

    /** The claim as it was at revision {@code number}. */
    public Claim get(UUID id, int number) {
        Row row = Row.all(em.createNativeQuery("SELECT id, revision FROM claim WHERE public_id = :id", Tuple.class)
                .setParameter("id", id)).stream().findFirst().orElseThrow(() -> new NotFound("claim", id));
        if (row.integer("revision") == number) {
            return get(id);
        }
        return revisions.old(Claim.class, TABLE, row.number("id"), number)
                .orElseThrow(() -> new NotFound("revision of claim " + id, number));
    }

    public List<RevisionView> history(UUID id) {
        Claim claim = get(id);
        return revisions.history(TABLE, claim.id, claim);
    }

    public Page<RevisionView> history(UUID id, String cursor, int limit) {
        Claim claim = get(id);
        return revisions.page(TABLE, claim.id, claim, cursor, limit);
    }

    public Page<ClaimView> list(ClaimFilter filter, String cursor, int limit) {
        return list(em, filter, cursor, limit);
    }

    /**
     * The page as GET /api/v1/claims gives it, in {@code view}: kept by the {@link AnswerCache} until a
     * write changes claims of its metric (of any metric when the filter names none). knownAt pages are read
     * every time, as comparisons are: a moment still ahead, or just past, may yet gain revisions.
     */
    public Object list(ClaimFilter filter, String cursor, int limit, ClaimListView view) {
        if (filter.knownAt != null) {
            return view.of(list(filter, cursor, limit));
        }
        String question = filter.question() + "cursor=" + cursor + "&limit=" + limit + "&view=" + view.wire();
        return answers.get("claims", filter.metric == null ? null : filter.metric.wire(), question,
                () -> KeptPage.of(view.of(list(filter, cursor, limit))));
    }

    /** The same page read through another session (the dataset export reads one snapshot on a pool of its own). */
    public Page<ClaimView> list(EntityManager session, ClaimFilter filter, String cursor, int limit) {
        ClaimQuery query = ClaimQuery.of(filter, new References(new ArrayList<>()));
        List<Claim> rows = query.page(session, Cursor.decodeLong(cursor), limit + 1);
        return Page.of(rows, limit, c -> Long.toString(c.id), ClaimView::of);
    }

    /** How PostgreSQL runs the list query of this filter (EXPLAIN as JSON). */
    public String plan(ClaimFilter filter, int limit) {
        return ClaimQuery.of(filter, new References(new ArrayList<>())).plan(em, Long.MIN_VALUE, limit + 1);
    }

    @Transactional
    public ClaimView create(NewClaim input, String actor) {
        if (input.key() != null && Claim.count("externalKey", input.key()) > 0) {
            throw new Conflict("a claim with key '" + input.key() + "' exists already");
        }
        References refs = new References(new ArrayList<>());
        Claim claim = ClaimWriter.create(input, refs, "", actor, "created");
        refs.throwIfAny();
        claim.persistAndFlush();
        return ClaimView.of(claim);
    }

    /** Records a claim once however often the request is sent again with the same Idempotency-Key. */
    @Transactional
    public Reply<ClaimView> create(NewClaim input, String actor, IdempotentRequest<ClaimView> request) {
        return idempotency.once(request, () -> create(input, actor));
    }

    @Transactional
    public ClaimView update(UUID id, NewClaim input, String ifMatch, String reason, String actor) {
        Claim claim = getForUpdate(id);
        IfMatch.require(ifMatch, claim.revision);
        if (input.key() != null && !input.key().equals(claim.externalKey)) {
            throw InvalidInput.of("key", "a claim's key cannot change");
        }
        References refs = new References(new ArrayList<>());
        ClaimWriter.revise(claim, input, refs, "", actor, reason);
        refs.throwIfAny();
        em.flush();
        return ClaimView.of(claim);
    }

    /** Retracts a claim: it stays readable, marked with the reason, and drops out of comparisons. */
    @Transactional
    public ClaimView retract(UUID id, String ifMatch, String reason, String actor) {
        Claim claim = getForUpdate(id);
        claim.retract(ifMatch, reason, actor, "claim");
        em.flush();
        return ClaimView.of(claim);
    }
}
