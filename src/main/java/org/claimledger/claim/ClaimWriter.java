package org.claimledger.claim;

import jakarta.persistence.LockModeType;
import org.claimledger.common.CopyWriter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    /**
     * The stored claims with these keys, by key (a {@code urn:uuid:} key also finds a keyless claim by
     * id), locked in id order until the transaction ends: an edit of the same claim (PUT) waits for it and
     * then gets 412, or the import waits for the edit and compares against what it wrote.
     */
    public static Map<String, Claim> lockByKey(List<String> keys) {
        List<UUID> ids = keys.stream().map(Claim::uuidKey).flatMap(Optional::stream).toList();
        Map<String, Claim> found = new HashMap<>();
        Claim.<Claim>find("(externalKey in ?1 or publicId in ?2) order by id", keys,
                        ids.isEmpty() ? List.of(new UUID(0, 0)) : ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list().forEach(c -> found.put(Claim.exportKey(c.externalKey, c.publicId), c));
        return found;
    }

    /** Stores new claims built by {@link #create} with one COPY on the transaction's connection. */
    public static void copy(Connection connection, List<Claim> created) throws SQLException {
        CopyWriter.copy(connection, "claim", ClaimRows.COLUMNS, created.stream().map(ClaimRows::of).toList());
    }
}
