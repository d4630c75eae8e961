package org.claimledger.claim;

import org.claimledger.common.WireConverter;
import org.claimledger.common.WireEnum;

/** What kind of assertion a claim is. */
public enum Category implements WireEnum {
    CASUALTY, EQUIPMENT_LOSS, ALLEGATION, DISPLACEMENT, DAMAGE, OTHER;

    @Override
    public String wire() {
        return WireEnum.wireName(this);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class DbConverter extends WireConverter<Category> {
        public DbConverter() {
            super(Category.class);
        }
    }
}
