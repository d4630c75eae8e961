package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** How the source bounded its figure: exactly, about, at least, more than, at most, less than, or a range. */
public enum Qualifier implements WireEnum {
    EXACT, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Qualifier> {
        public DbConverter() {
            super(Qualifier.class);
        }
    }
}
