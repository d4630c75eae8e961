package org.claimledger.common.http;

import org.claimledger.common.InvalidInput;
import org.claimledger.common.Problem;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Numbers, dates and timestamps in query parameters. JAX-RS answers a value it cannot convert with
 * 404, which tells a client the path does not exist; a 400 naming the parameter says what is wrong.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = WireEnumParamConverters.parameterName(annotations);
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer::valueOf);
        }
        if (rawType == Double.class) {
            return (ParamConverter<T>) converter(name, "a finite number", QueryParamConverters::finite);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, "a timestamp with offset (ISO 8601)", OffsetDateTime::parse);
        }
        return null;
    }

    private static Double finite(String value) {
        double number = Double.parseDouble(value);
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new NumberFormatException("not finite");
        }
        return number;
    }

    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw InvalidInput.of(name, "'" + Problem.clip(value) + "' is not " + expected);
                }
            }

            @Override
            public String toString(V value) {
                return value.toString();
            }
        };
    }
}
