package org.claimledger.common.http;

import org.claimledger.common.WireEnum;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Query parameters of a {@link WireEnum} type: an unknown word is a 400 naming the parameter. */
@Provider
public class WireEnumParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !WireEnum.class.isAssignableFrom(rawType)) {
            return null;
        }
        String name = parameterName(annotations);
        Class enumType = rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isEmpty() ? null : (T) WireEnum.parse(enumType, value, name);
            }

            @Override
            public String toString(T value) {
                return ((WireEnum) value).wire();
            }
        };
    }

    static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
            if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                return query.value();
            }
        }
        return "query parameter";
    }
}
