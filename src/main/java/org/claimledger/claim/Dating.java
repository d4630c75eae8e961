package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** Where a claim's statedOn comes from: the cited text gives it, or the curator inferred it. */
public enum Dating implements WireEnum {
    CITED, INFERRED;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Dating> {
        public DbConverter() {
            super(Dating.class);
        }
    }
}
