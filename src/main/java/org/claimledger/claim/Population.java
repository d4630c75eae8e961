package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** Whose people a casualty figure counts. */
public enum Population implements WireEnum {
    MILITARY, CIVILIAN, ALL;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Population> {
        public DbConverter() {
            super(Population.class);
        }
    }
}
