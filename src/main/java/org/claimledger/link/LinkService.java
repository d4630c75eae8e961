package org.claimledger.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.claimledger.common.idempotency.Reply;
import org.claimledger.common.idempotency.IdempotentRequest;
import org.claimledger.common.idempotency.IdempotencyKeys;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimService;
import org.claimledger.common.Conflict;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.claimledger.common.Page;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LinkService {
    private final ClaimService claims;
    private final IdempotencyKeys idempotency;

    LinkService(ClaimService claims, IdempotencyKeys idempotency) {
        this.claims = claims;
        this.idempotency = idempotency;
    }

    /** Links from and to a claim, in the order they were made. */
    public Page<LinkView> list(UUID claimId, String cursor, int limit) {
        Claim claim = claims.get(claimId);
        List<ClaimLink> rows = ClaimLink.<ClaimLink>find("(fromClaim = ?1 or toClaim = ?1) and id > ?2 order by id",
                claim, Cursor.decodeLong(cursor)).page(0, limit + 1).list();
        return Page.of(rows, limit, l -> Long.toString(l.id), LinkView::of);
    }

    /** Links two claims once however often the request is sent again with the same Idempotency-Key. */
    @Transactional
    public Reply<LinkView> create(UUID fromId, NewLink input, String actor, IdempotentRequest<LinkView> request) {
        return idempotency.once(request, () -> create(fromId, input, actor));
    }

    @Transactional
    public LinkView create(UUID fromId, NewLink input, String actor) {
        Claim from = claims.get(fromId);
        Claim to = Claim.byPublicId(input.target())
                .orElseThrow(() -> InvalidInput.of("target", "unknown claim " + input.target()));
        check(from, to, input.type());
        ClaimLink link = new ClaimLink();
        link.publicId = UUID.randomUUID();
        link.fromClaim = from;
        link.toClaim = to;
        link.type = input.type();
        link.note = input.note();
        link.recordBy(actor, "created");
        link.persistAndFlush();
        return LinkView.of(link);
    }

    /** The rules of a link ({@link LinkRules}), reported under the API's field names. */
    static void check(Claim from, Claim to, LinkType type) {
        LinkRules.check(end(from), end(to), type).ifPresent(broken -> {
            throw InvalidInput.of(broken.part == LinkRules.Part.TARGET ? "target" : "type", broken.message);
        });
        String identity = LinkRules.identity(from.id, to.id, type);
        boolean duplicate = ClaimLink.<ClaimLink>find("type = ?3 and ((fromClaim = ?1 and toClaim = ?2)"
                        + " or (fromClaim = ?2 and toClaim = ?1))", from, to, type).stream()
                .anyMatch(l -> LinkRules.identity(l.fromClaim.id, l.toClaim.id, l.type).equals(identity));
        if (duplicate) {
            throw new Conflict(LinkRules.alreadyLinked(type));
        }
    }

    private static LinkRules.End end(Claim claim) {
        return new LinkRules.End(claim.id, claim.source.id);
    }

    @Transactional
    public LinkView retract(UUID claimId, UUID linkId, String ifMatch, String reason, String actor) {
        // locked, so If-Match is checked against the revision this retraction writes over
        ClaimLink link = ClaimLink.<ClaimLink>find("publicId", linkId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(l -> l.fromClaim.publicId.equals(claimId) || l.toClaim.publicId.equals(claimId))
                .orElseThrow(() -> new NotFound("link of claim " + claimId, linkId));
        link.retract(ifMatch, reason, actor, "link");
        ClaimLink.flush();
        return LinkView.of(link);
    }
}
