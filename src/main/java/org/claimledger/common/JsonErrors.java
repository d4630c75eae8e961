package org.claimledger.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** What a JSON reading failure means for a client: the field's path and a message of our own. */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** The JSON path of the failure, such as {@code quantity.low} or {@code citations[2].url}. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /** Broken JSON syntax: where the reading stopped. */
    public static DomainException malformed(com.fasterxml.jackson.core.JsonParseException e) {
        String original = e.getOriginalMessage();
        String what = original != null && original.startsWith("Duplicate field '")
                ? ": the field " + Problem.clip(original.substring("Duplicate field ".length())) + " is given twice" : "";
        return new DomainException(DomainException.Kind.INVALID, "malformed-json", "Malformed JSON", "the body is not valid JSON" + what + " (line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + Problem.clip(u.getPropertyName()) + "'";
        }
        if (e instanceof InvalidFormatException f) {
            Class type = f.getTargetType();
            if (type == String.class) {
                return "holds a lone UTF-16 surrogate, which is no character";
            }
            if (type != null && type.isEnum() && WireEnum.class.isAssignableFrom(type)) {
                return "unknown value '" + Problem.clip(String.valueOf(f.getValue())) + "'; expected one of "
                        + WireEnum.allowed(type);
            }
            return "'" + Problem.clip(String.valueOf(f.getValue())) + "' is not a valid " + describe(type);
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + expected(m.getTargetType());
        }
        return "has the wrong type or shape";
    }

    /** What a field of this type must hold, for a value of another JSON type ("5" for a number). */
    private static String expected(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Long", "long", "Integer", "int", "Double", "double", "BigDecimal" -> "a JSON number, not a string";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a JSON string";
            default -> "a " + describe(type);
        };
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "Long", "long", "Integer", "int" -> "whole number in range";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "UUID" -> "UUID";
            case "OffsetDateTime", "Instant" -> "timestamp (ISO 8601)";
            default -> type.getSimpleName().toLowerCase();
        };
    }
}
