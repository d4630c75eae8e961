package org.claimledger.comparison;

import org.claimledger.common.Row;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;

/** A measure from a row of measure_summary joined with its subject's slug, read by column name. */
final class MeasureRows {
    /** The columns {@link #measure} reads, for a query on measure_summary m joined with party p. */
    static final String COLUMNS = "p.slug AS subject, m.population, m.metric, m.equipment, m.object, m.incident,"
            + " m.period_from";

    private MeasureRows() {
    }

    static Measure measure(Row row) {
        return new Measure(row.string("subject"), row.word(Population.class, "population"),
                row.word(Metric.class, "metric"), row.word(Equipment.class, "equipment"), row.string("object"),
                row.string("incident"), row.date("period_from"));
    }
}
