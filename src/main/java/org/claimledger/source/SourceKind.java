package org.claimledger.source;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

public enum SourceKind implements WireEnum {
    GOVERNMENT, MILITARY, NGO, MONITOR, OSINT, MEDIA, INTERNATIONAL_ORG, INDIVIDUAL, RESEARCH;

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
