package org.claimledger.comparison;

import org.claimledger.party.PartyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a claim measures the same thing as the measure asked for, and if not, why. A figure for
 * "tanks and other armored vehicles" is not a conflicting figure for tanks: it is a different count.
 */
final class Scope {
    private Scope() {
    }

    /** The reasons the claim cannot be compared with figures of {@code m}; empty when it can. */
    static List<String> differences(Measure m, Candidate c, PartyTree parties) {
        return reasons(m, c, parties, true);
    }

    /**
     * True when the claim counts the subject of {@code m} together with other parties and is otherwise
     * a figure of the same measure: "7,630 Azerbaijani soldiers and Syrian mercenaries killed" for
     * Azerbaijani military deaths. Such a figure is weighed against the others, not compared directly.
     */
    static boolean broader(Measure m, Candidate c, PartyTree parties) {
        return !c.alsoCounts().isEmpty() && reasons(m, c, parties, false).isEmpty();
    }

    private static List<String> reasons(Measure m, Candidate c, PartyTree parties, boolean alsoCounts) {
        List<String> reasons = new ArrayList<>();
        if (!c.hasFigure()) {
            reasons.add("gives no figure");
        }
        if (c.stance() == org.claimledger.claim.Stance.DENIES) {
            reasons.add("denies rather than reports a figure");
        }
        subject(m, c, parties, reasons);
        if (alsoCounts && !c.alsoCounts().isEmpty()) {
            reasons.add("also counts " + String.join(" and ", c.alsoCounts()));
        }
        // population tells whose people are counted; for equipment it adds nothing (tanks are military)
        boolean equipmentMeasure = m.equipment() != null || c.equipment() != null;
        if (!equipmentMeasure && m.population() != c.population()) {
            reasons.add(c.population() == null ? "does not say whose people it counts"
                    : "counts " + c.population().wire() + " people, not " + wire(m.population()));
        }
        equipment(m, c, reasons);
        if (!Objects.equals(m.object(), c.object())) {
            reasons.add(c.object() == null ? "counts something other than " + m.object() : "counts " + c.object());
        }
        if (!Objects.equals(m.incident(), c.incident())) {
            reasons.add(c.incident() == null ? "is not about incident " + m.incident()
                    : "is about incident " + c.incident());
        }
        if (!Objects.equals(m.from(), c.from())) {
            reasons.add(c.from() == null ? "covers the whole conflict, not only from " + m.from()
                    : "covers only " + c.from() + " to " + (c.asOf() == null ? "its date" : c.asOf()));
        }
        return reasons;
    }

    private static void subject(Measure m, Candidate c, PartyTree parties, List<String> reasons) {
        if (Objects.equals(m.subject(), c.subject())) {
            return;
        }
        if (c.subject() == null) {
            reasons.add("does not say whose losses it counts");
        } else if (parties.isWithin(c.subject(), m.subject())) {
            reasons.add("counts only " + c.subject() + ", part of " + m.subject());
        } else if (parties.isWithin(m.subject(), c.subject())) {
            reasons.add("counts all of " + c.subject() + ", not only " + m.subject());
        } else {
            reasons.add("counts " + c.subject() + ", not " + m.subject());
        }
    }

    private static void equipment(Measure m, Candidate c, List<String> reasons) {
        if (m.equipment() == c.equipment()) {
            return;
        }
        if (c.equipment() == null) {
            reasons.add("counts no particular equipment type");
        } else if (m.equipment() == null) {
            reasons.add("counts " + c.equipment().wire() + " only");
        } else if (m.equipment().isWithin(c.equipment())) {
            reasons.add("counts " + c.equipment().wire() + ", broader than " + m.equipment().wire());
        } else if (c.equipment().isWithin(m.equipment())) {
            reasons.add("counts only " + c.equipment().wire() + ", part of " + m.equipment().wire());
        } else {
            reasons.add("counts " + c.equipment().wire() + ", not " + m.equipment().wire());
        }
    }

    private static String wire(org.claimledger.common.WireEnum value) {
        return value == null ? "unspecified" : value.wire();
    }
}
