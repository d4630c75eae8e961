package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a figure counts: people killed, tanks destroyed, shells fired... */
@Schema(description = "What a figure counts. Counts that only accumulate as a war goes on (a lower figure for an "
        + "earlier date is growth, not a conflict): killed, wounded, released, deserted, returned, affected, "
        + "destroyed, damaged, abandoned, captured-by-enemy, lost, attacks, munitions-fired, violations, cost. "
        + "Counts that can rise and fall (figures dated far apart are reported as time-separated, not as "
        + "conflicting): missing, captured, displaced, deployed, other. GET /api/v1/metrics lists each with "
        + "its meaning.")
public enum Metric implements WireEnum {
    KILLED(true, "people killed"),
    WOUNDED(true, "people wounded"),
    MISSING(false, "people missing at the time (some are later found or confirmed dead)"),
    CAPTURED(false, "people held captive at the time (prisoners are exchanged and released)"),
    RELEASED(true, "prisoners or captives released so far"),
    DESERTED(true, "soldiers who deserted so far"),
    DISPLACED(false, "people displaced at the time (they return, or more flee)"),
    RETURNED(true, "displaced people who returned so far"),
    AFFECTED(true, "people or things affected so far"),
    DESTROYED(true, "equipment or buildings destroyed so far"),
    DAMAGED(true, "equipment or buildings damaged so far"),
    ABANDONED(true, "equipment abandoned so far"),
    CAPTURED_BY_ENEMY(true, "equipment captured by the enemy so far"),
    LOST(true, "equipment lost so far, whether destroyed, damaged, abandoned or captured"),
    DEPLOYED(false, "forces present at the time (more are sent, others leave)"),
    ATTACKS(true, "attacks so far"),
    MUNITIONS_FIRED(true, "shells, rockets or missiles fired so far"),
    VIOLATIONS(true, "ceasefire violations so far"),
    COST(true, "money spent or lost so far"),
    OTHER(false, "anything else; not assumed to accumulate");

    private final boolean accumulates;
    private final String meaning;

    Metric(boolean accumulates, String meaning) {
        this.accumulates = accumulates;
        this.meaning = meaning;
    }

    /**
     * Counts that only grow as a war goes on (the dead, destroyed tanks, shells fired): a lower figure
     * for an earlier date does not contradict a higher one for a later date. Prisoners held, people
     * missing or displaced and forces deployed go down as well as up, so figures dated far apart may
     * both have been true.
     */
    public boolean accumulates() {
        return accumulates;
    }

    /** What the metric counts, in a line. */
    public String meaning() {
        return meaning;
    }

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Metric> {
        public DbConverter() {
            super(Metric.class);
        }
    }
}
