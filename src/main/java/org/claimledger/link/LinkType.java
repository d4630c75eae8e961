package org.claimledger.link;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** How one claim bears on another, read as "from TYPE to". */
public enum LinkType implements WireEnum {
    /** from confirms to. */
    CORROBORATES,
    /** from and to cannot both be true. */
    CONTRADICTS,
    /** from is a newer figure of the same source for the same measure. */
    SUPERSEDES,
    /** from repeats or cites to, so it is not independent evidence for it. */
    DERIVED_FROM,
    /** from denies to. */
    DENIES;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<LinkType> {
        public DbConverter() {
            super(LinkType.class);
        }
    }
}
