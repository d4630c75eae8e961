package org.claimledger.revision;

/**
 * What storing a submitted row over the stored one does: creates it, writes a new revision of it, or
 * leaves it as it is. Decided here, once, for parties, sources, incidents and claims alike.
 */
public enum Change {
    CREATED, UPDATED, UNCHANGED;

    /**
     * Compares the stored row and the submission in the form clients submit them ({@code stored} is null
     * when no row has the submission's key): equal forms change nothing, so no revision is written.
     */
    public static <I> Change of(I stored, I submitted) {
        if (stored == null) {
            return CREATED;
        }
        return stored.equals(submitted) ? UNCHANGED : UPDATED;
    }
}
