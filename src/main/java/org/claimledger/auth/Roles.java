package org.claimledger.auth;

/** Reads are public. Editors write claims, links and imports; admins also sources, parties and tokens. */
public final class Roles {
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /**
     * Who creates and changes sources and parties, on their own endpoints and in imports alike: a source's
     * side decides self and adversary in every comparison.
     */
    public static final String SOURCES_AND_PARTIES = ADMIN;

    private Roles() {
    }
}
