package org.claimledger.comparison;

import org.claimledger.claim.Equipment;
import org.claimledger.claim.Population;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A claim as the comparison sees it. {@code sourceSide} is the belligerent side the source speaks
 * for (null when independent or neutral); {@code supersededBy} holds the claims linked to it as newer
 * figures of the same source.
 */
public record Candidate(UUID id, long order, String source, String sourceName, String sourceSide, String subject,
                        String subjectSide, List<String> alsoCounts, Population population, Equipment equipment,
                        String object, String incident, LocalDate from, LocalDate asOf, LocalDate statedOn,
                        Long low, Long high, Qualifier qualifier, String text, Stance stance,
                        Set<UUID> supersededBy) {

    public Relation relation() {
        return Relation.of(sourceSide, subjectSide);
    }

    public boolean hasFigure() {
        return qualifier != null;
    }

    /** The day the figure counts up to: the end of its period, else the day it was stated. */
    public LocalDate countsTo() {
        return asOf != null ? asOf : statedOn;
    }
}
