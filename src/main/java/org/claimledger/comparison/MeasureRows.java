package org.claimledger.comparison;

import jakarta.persistence.Tuple;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.common.SqlValues;

/** A measure from a row of measure_summary joined with its subject's slug, read by column name. */
final class MeasureRows {
    /** The columns {@link #measure} reads, for a query on measure_summary m joined with party p. */
    static final String COLUMNS = "p.slug AS subject, m.population, m.metric, m.equipment, m.object, m.incident,"
            + " m.period_from";

    private MeasureRows() {
    }

    static Measure measure(Tuple row) {
        return new Measure((String) row.get("subject"), SqlValues.word(Population.class, row.get("population")),
                SqlValues.word(Metric.class, row.get("metric")), SqlValues.word(Equipment.class, row.get("equipment")),
                (String) row.get("object"), (String) row.get("incident"), SqlValues.date(row.get("period_from")));
    }
}
