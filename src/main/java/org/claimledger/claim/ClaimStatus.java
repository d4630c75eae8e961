package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** A retracted claim stays readable but is left out of comparisons by default. */
public enum ClaimStatus implements WireEnum {
    ACTIVE, RETRACTED;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<ClaimStatus> {
        public DbConverter() {
            super(ClaimStatus.class);
        }
    }
}
