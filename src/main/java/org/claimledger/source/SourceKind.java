package org.claimledger.source;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/**
 * What kind of speaker a source is. An encyclopedia is a source when a figure is stated in the
 * encyclopedia's own voice, attributed to no one else.
 */
public enum SourceKind implements WireEnum {
    GOVERNMENT, MILITARY, NGO, MONITOR, OSINT, MEDIA, INTERNATIONAL_ORG, INDIVIDUAL, RESEARCH, ENCYCLOPEDIA;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<SourceKind> {
        public DbConverter() {
            super(SourceKind.class);
        }
    }
}
