package org.claimledger.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows, whichever JDBC type the driver chose for them. */
public final class SqlValues {
    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    public static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static <E extends Enum<E> & WireEnum> E word(Class<E> type, Object value) {
        return value == null ? null : WireEnum.parse(type, (String) value, type.getSimpleName());
    }
}
