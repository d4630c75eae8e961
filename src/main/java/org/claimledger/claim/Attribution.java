package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/**
 * How a claim came to be attributed to its source: the cited text names the speaker (explicit), the
 * curator inferred the speaker, or the cited document says it in its own voice (document).
 */
public enum Attribution implements WireEnum {
    EXPLICIT, INFERRED, DOCUMENT;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Attribution> {
        public DbConverter() {
            super(Attribution.class);
        }
    }
}
