package org.claimledger.claim;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.claimledger.common.Conflict;
import org.claimledger.common.IfMatch;
import org.claimledger.common.InvalidInput;
import org.claimledger.revision.Revisioned;

/** A row that is retracted rather than deleted: claims and links. It stays readable, marked with why. */
@MappedSuperclass
public abstract class Retractable extends Revisioned {
    public ClaimStatus status = ClaimStatus.ACTIVE;

    @Column(name = "retraction_reason")
    public String retractionReason;

    /**
     * Retracts this row as a new revision: only from the revision the client saw ({@code ifMatch}),
     * only with a reason, and only once. {@code what} names it in messages ("claim", "link").
     */
    public void retract(String ifMatch, String reason, String actor, String what) {
        IfMatch.require(ifMatch, revision);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "say why the " + what + " is retracted");
        }
        if (status == ClaimStatus.RETRACTED) {
            throw new Conflict("the " + what + " is retracted already");
        }
        status = ClaimStatus.RETRACTED;
        retractionReason = reason;
        recordBy(actor, "retracted: " + reason);
    }
}
