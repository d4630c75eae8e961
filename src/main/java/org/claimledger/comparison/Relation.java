package org.claimledger.comparison;

import org.claimledger.common.WireEnum;

/** Who is speaking about whom: a side about its own losses, about the enemy's, or an outsider. */
public enum Relation implements WireEnum {
    SELF, ADVERSARY, INDEPENDENT;

    /** From the side a source speaks for and the side of the party whose losses it counts (either may be none). */
    public static Relation of(String sourceSide, String subjectSide) {
        if (sourceSide == null || subjectSide == null) {
            return INDEPENDENT;
        }
        return sourceSide.equals(subjectSide) ? SELF : ADVERSARY;
    }

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }
}
