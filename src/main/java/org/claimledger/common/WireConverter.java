package org.claimledger.common;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link WireEnum} as its wire word; each enum declares a one-line subclass. */
public abstract class WireConverter<E extends Enum<E> & WireEnum> implements AttributeConverter<E, String> {
    private final Class<E> type;

    protected WireConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wire();
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : WireEnum.parse(type, value, type.getSimpleName());
    }
}
