package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** What a figure counts: people killed, tanks destroyed, shells fired... */
public enum Metric implements WireEnum {
    KILLED, WOUNDED, MISSING, CAPTURED, RELEASED, DESERTED, DISPLACED, RETURNED, AFFECTED, DESTROYED, DAMAGED,
    ABANDONED, CAPTURED_BY_ENEMY, LOST, DEPLOYED, ATTACKS, MUNITIONS_FIRED, VIOLATIONS, COST, OTHER;

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
