package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** Whether the source asserts the statement or denies it. */
public enum Stance implements WireEnum {
    ASSERTS, DENIES;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Stance> {
        public DbConverter() {
            super(Stance.class);
        }
    }
}
