package org.claimledger.claim;

import org.claimledger.common.WireEnum;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;

/** The filters of GET /api/v1/claims; every one given must match. */
public class ClaimFilter {
    @RestQuery("source") @Parameter(description = "Source slug", example = "am-mod")
    public String source;
    @RestQuery("subject") @Parameter(description = "Slug of the party whose losses are counted", example = "armenia")
    public String subject;
    @RestQuery("population")
    public Population population;
    @RestQuery("metric")
    public Metric metric;
    @RestQuery("category")
    public Category category;
    @RestQuery("equipment")
    public Equipment equipment;
    @RestQuery("incident") @Parameter(description = "Incident slug", example = "barda-2020-10-28")
    public String incident;
    @RestQuery("stance")
    public Stance stance;
    @RestQuery("statedFrom") @Parameter(description = "Stated on or after this date")
    public LocalDate statedFrom;
    @RestQuery("statedTo") @Parameter(description = "Stated on or before this date")
    public LocalDate statedTo;
    @RestQuery("q") @Parameter(description = "Full-text search over statement, quotes, location and incident",
            example = "cluster munitions")
    public String q;
    @RestQuery("status") @Parameter(description = "active (default), retracted or any")
    public StatusFilter status;
    @RestQuery("knownAt") @Parameter(description = "Answer as the database was at this moment (ISO 8601)")
    public OffsetDateTime knownAt;

    /** Every filter field, by name: what tells one filter from another, whatever fields are added later. */
    private static final Field[] FIELDS = Arrays.stream(ClaimFilter.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers())).sorted(Comparator.comparing(Field::getName))
            .toArray(Field[]::new);

    /** The filter as a key: equal for two filters exactly when every field is equal. */
    String question() {
        StringBuilder key = new StringBuilder();
        for (Field field : FIELDS) {
            try {
                Object value = field.get(this);
                if (value != null) {
                    String text = value.toString();
                    key.append(field.getName()).append('=').append(text.length()).append(':').append(text).append('&');
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return key.toString();
    }

    public enum StatusFilter implements WireEnum {
        ACTIVE, RETRACTED, ANY;

        @Override
        public String wire() {
            return WireEnum.wireName(this);
        }
    }
}
