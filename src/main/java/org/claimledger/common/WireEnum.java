package org.claimledger.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enumeration whose values travel as lower-case, hyphenated words ("at-least", "equipment-loss")
 * in JSON, CSV, query parameters and the database alike.
 */
public interface WireEnum {
    @com.fasterxml.jackson.annotation.JsonValue
    String wire();

    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(value)) {
                return constant;
            }
        }
        throw InvalidInput.of(field, "unknown value '" + Problem.clip(value) + "'; expected one of "
                + allowed(type));
    }

    static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).collect(Collectors.joining(", "));
    }

    static String wireName(Enum<?> constant) {
        return constant.name().toLowerCase().replace('_', '-');
    }
}
