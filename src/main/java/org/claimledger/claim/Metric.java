package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** What a figure counts: people killed, tanks destroyed, shells fired... */
public enum Metric implements WireEnum {
    KILLED, WOUNDED, MISSING, CAPTURED, RELEASED, DESERTED, DISPLACED, RETURNED, AFFECTED, DESTROYED, DAMAGED,
    ABANDONED, CAPTURED_BY_ENEMY, LOST, DEPLOYED, ATTACKS, MUNITIONS_FIRED, VIOLATIONS, COST, OTHER;

    /**
     * Counts that only grow as a war goes on (the dead, destroyed tanks, shells fired): a lower figure
     * for an earlier date does not contradict a higher one for a later date. Prisoners held, people
     * missing or displaced and forces deployed go down as well as up.
     */
    public boolean cumulative() {
        return switch (this) {
            case KILLED, WOUNDED, DESERTED, RELEASED, RETURNED, AFFECTED, DESTROYED, DAMAGED, ABANDONED,
                 CAPTURED_BY_ENEMY, LOST, ATTACKS, MUNITIONS_FIRED, VIOLATIONS, COST -> true;
            default -> false;
        };
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
