package org.claimledger.common;

/** Slugs name parties, sources, incidents and objects: lower-case words joined by hyphens. */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case letters and digits joined by single hyphens";

    private Slugs() {
    }

    /** A slug names its row for good: links and claims elsewhere use it. {@code whose} is "a source's", etc. */
    public static void requireUnchanged(String stored, String submitted, String whose) {
        if (!stored.equals(submitted)) {
            throw InvalidInput.of("slug", whose + " slug cannot change (it is '" + stored + "')");
        }
    }
}
