package org.claimledger.party;

/** The "part of" relation between parties: Artsakh's forces are part of Armenia's. */
@FunctionalInterface
public interface PartyTree {
    /** True when {@code party} is {@code ancestor} or lies under it. */
    boolean isWithin(String party, String ancestor);

    /** The party's name for sentences a reader sees; its slug where the name is not known. */
    default String name(String party) {
        return party;
    }
}
