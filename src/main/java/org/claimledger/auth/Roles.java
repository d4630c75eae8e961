package org.claimledger.auth;

/** Reads are public. Editors write claims, links and imports; admins also sources, parties and tokens. */
public final class Roles {
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
