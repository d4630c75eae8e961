package org.claimledger.link;

import java.util.Optional;

/**
 * The rules every link obeys, whether the API or an import makes it (the database enforces the same):
 * no claim links to itself, a supersedes link stays within one source, and no link is made twice,
 * where "A contradicts B" is also "B contradicts A".
 */
public final class LinkRules {
    private LinkRules() {
    }

    /** Which part of a link a broken rule is about: the claim it points to, or its type. */
    public enum Part { TARGET, TYPE }

    /** A rule a link breaks, with the words a client reads. */
    public enum Broken {
        SELF_LINK(Part.TARGET, "a claim cannot be linked to itself"),
        SUPERSEDES_ACROSS_SOURCES(Part.TYPE, "supersedes links a newer figure to an older one of the same source");

        public final Part part;
        public final String message;

        Broken(Part part, String message) {
            this.part = part;
            this.message = message;
        }
    }

    /** One end of a link: the claim's row id and its source's. */
    public record End(long claim, long source) {
    }

    /** The first rule a link between these claims would break, if any (duplicates aside). */
    public static Optional<Broken> check(End from, End to, LinkType type) {
        if (from.claim() == to.claim()) {
            return Optional.of(Broken.SELF_LINK);
        }
        if (type == LinkType.SUPERSEDES && from.source() != to.source()) {
            return Optional.of(Broken.SUPERSEDES_ACROSS_SOURCES);
        }
        return Optional.empty();
    }

    /** What makes two links the same link: a contradiction has no direction, every other type has one. */
    public static String identity(long from, long to, LinkType type) {
        return type == LinkType.CONTRADICTS
                ? Math.min(from, to) + ":" + Math.max(from, to) + ":" + type.wire()
                : from + ":" + to + ":" + type.wire();
    }

    /** Why a link that exists already is refused when made again through the API. */
    public static String alreadyLinked(LinkType type) {
        return "these claims are already linked as " + type.wire();
    }
}
