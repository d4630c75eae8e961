package org.claimledger.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.claimledger.party.Party;
import org.claimledger.source.Source;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports write new claims with COPY through {@link ClaimRows}; the API through the entity. Both must
 * write the same columns, so a column added to the entity and forgotten here fails this test.
 */
class ClaimRowsTest {
    /** Columns every new claim leaves to the database's defaults: active, revision 1, not retracted. */
    private static final Set<String> DEFAULTED = Set.of("status", "retraction_reason", "revision");

    @Test
    void copyWritesEveryColumnTheEntityInserts() {
        assertThat(columns(ClaimRows.COLUMNS)).isEqualTo(insertedByTheEntity());
    }

    @Test
    void eachValueStandsUnderItsColumn() {
        Claim claim = new Claim();
        claim.publicId = UUID.randomUUID();
        claim.externalKey = "key-1";
        claim.source = new Source();
        claim.source.id = 11L;
        claim.subject = party(12L);
        claim.perpetrator = party(13L);
        claim.metric = Metric.KILLED;
        claim.qualifier = Qualifier.EXACT;
        claim.low = 541L;
        claim.high = 542L;
        claim.statedOn = LocalDate.of(2020, 12, 10);
        claim.alsoCounts = new String[] {"syrian-fighters"};
        claim.citations = List.of();
        claim.recordBy("editor-1", "import 1");

        List<String> names = List.of(ClaimRows.COLUMNS.split(",\\s*"));
        List<Object> row = ClaimRows.of(claim);
        assertThat(row).hasSameSizeAs(names);
        assertThat(row.get(names.indexOf("public_id"))).isEqualTo(claim.publicId);
        assertThat(row.get(names.indexOf("source_id"))).isEqualTo(11L);
        assertThat(row.get(names.indexOf("subject_id"))).isEqualTo(12L);
        assertThat(row.get(names.indexOf("perpetrator_id"))).isEqualTo(13L);
        assertThat(row.get(names.indexOf("metric"))).isEqualTo("killed");
        assertThat(row.get(names.indexOf("qty_low"))).isEqualTo(541L);
        assertThat(row.get(names.indexOf("qty_high"))).isEqualTo(542L);
        assertThat(row.get(names.indexOf("stated_on"))).isEqualTo(LocalDate.of(2020, 12, 10));
        assertThat(row.get(names.indexOf("also_counts"))).isEqualTo("{\"syrian-fighters\"}");
        assertThat(row.get(names.indexOf("created_by"))).isEqualTo("editor-1");
        assertThat(row.get(names.indexOf("revision_reason"))).isEqualTo("import 1");
    }

    private static Set<String> insertedByTheEntity() {
        Set<String> columns = new TreeSet<>();
        for (Class<?> type = Claim.class; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())
                        || field.isAnnotationPresent(Id.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                if (column != null && !column.insertable()) {
                    continue;
                }
                String name = join != null ? join.name() : column != null && !column.name().isEmpty() ? column.name()
                        : field.isAnnotationPresent(Version.class) ? "revision" : field.getName();
                if (!DEFAULTED.contains(name)) {
                    columns.add(name);
                }
            }
        }
        return columns;
    }

    private static Set<String> columns(String list) {
        return new TreeSet<>(Arrays.asList(list.split(",\\s*")));
    }

    private static Party party(long id) {
        Party party = new Party();
        party.id = id;
        return party;
    }
}
