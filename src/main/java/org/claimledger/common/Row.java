package org.claimledger.common;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One row of a native query, read by column name (a query's {@code AS} alias or its column), never by
 * position: the one place that knows which Java type the driver gives each SQL type. Run the query
 * with {@code Tuple.class} as its result type and read it through {@link #all}.
 */
public record Row(Tuple tuple) {

    @SuppressWarnings("unchecked")
    public static List<Row> all(Query tupleQuery) {
        return ((List<Tuple>) tupleQuery.getResultList()).stream().map(Row::new).toList();
    }

    public Object value(String column) {
        return tuple.get(column);
    }

    public String string(String column) {
        return (String) tuple.get(column);
    }

    /** A number column as a long, null when SQL NULL. */
    public Long number(String column) {
        return SqlValues.number(tuple.get(column));
    }

    public int integer(String column) {
        return ((Number) tuple.get(column)).intValue();
    }

    public UUID uuid(String column) {
        return (UUID) tuple.get(column);
    }

    public Double decimal(String column) {
        Object value = tuple.get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    public UUID[] uuids(String column) {
        return (UUID[]) tuple.get(column);
    }

    public Boolean bool(String column) {
        return (Boolean) tuple.get(column);
    }

    public byte[] bytes(String column) {
        return (byte[]) tuple.get(column);
    }

    public String[] strings(String column) {
        return (String[]) tuple.get(column);
    }

    public LocalDate date(String column) {
        return SqlValues.date(tuple.get(column));
    }

    public OffsetDateTime timestamp(String column) {
        return SqlValues.timestamp(tuple.get(column));
    }

    /** A column holding an enum's wire word. */
    public <E extends Enum<E> & WireEnum> E word(Class<E> type, String column) {
        return SqlValues.word(type, tuple.get(column));
    }
}
