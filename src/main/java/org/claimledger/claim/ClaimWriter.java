package org.claimledger.claim;

import org.claimledger.common.CopyWriter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The one writer of claims: the API stores them one at a time, imports many at once with COPY, and
 * both build the row here, with the same mapping and the same checks ({@link ClaimMapping}).
 */
public final class ClaimWriter {
    private ClaimWriter() {
    }

    /** A new claim from a submission, not stored yet; unknown slugs are reported under {@code prefix}. */
    public static Claim create(NewClaim input, References refs, String prefix, String actor, String reason) {
        Claim claim = new Claim();
        claim.publicId = Claim.idFor(input.key());
        claim.externalKey = input.key();
        revise(claim, input, refs, prefix, actor, reason);
        return claim;
    }

    /** A stored claim changed to a submission, as a new revision written when the transaction flushes. */
    public static void revise(Claim claim, NewClaim input, References refs, String prefix, String actor,
                              String reason) {
        ClaimMapping.apply(claim, input, refs, prefix);
        claim.recordBy(actor, reason);
    }

    /** Stores new claims built by {@link #create} with one COPY on the transaction's connection. */
    public static void copy(Connection connection, List<Claim> created) throws SQLException {
        CopyWriter.copy(connection, "claim", ClaimRows.COLUMNS, created.stream().map(ClaimRows::of).toList());
    }
}
