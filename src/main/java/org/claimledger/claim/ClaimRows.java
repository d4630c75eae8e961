package org.claimledger.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimledger.common.CopyWriter;
import org.claimledger.common.DatabaseJson;
import org.claimledger.common.WireEnum;

import java.util.Arrays;
import java.util.List;

/**
 * A new claim as a row of the claim table, in the column order of {@link #COLUMNS}: what imports write
 * with COPY. The columns left out take their defaults (id, status, revision, the times); a test checks
 * that every other column the entity maps is here.
 */
final class ClaimRows {
    static final String COLUMNS = "public_id, external_key, source_id, stated_on, period_from, as_of, category, "
            + "subject_id, also_counts, population, metric, equipment, object, incident, location, qty_low, "
            + "qty_high, qualifier, qty_text, stance, perpetrator_id, statement, note, dated, dated_from, attribution, "
            + "attributed_as, attribution_basis, citations, created_by, "
            + "recorded_by, revision_reason";

    private ClaimRows() {
    }

    static List<Object> of(Claim c) {
        return Arrays.asList(c.publicId, c.externalKey, c.source.id, c.statedOn, c.periodFrom, c.asOf,
                wire(c.category), c.subject == null ? null : c.subject.id, CopyWriter.arrayLiteral(c.alsoCounts),
                wire(c.population), wire(c.metric), wire(c.equipment), c.object, c.incident, c.location, c.low,
                c.high, wire(c.qualifier), c.quantityText, wire(c.stance),
                c.perpetrator == null ? null : c.perpetrator.id, c.statement, c.note, wire(c.dated), c.datedFrom,
                wire(c.attribution), c.attributedAs, c.attributionBasis, json(c), c.createdBy,
                c.recordedBy, c.revisionReason);
    }

    private static String json(Claim c) {
        try {
            return DatabaseJson.MAPPER.writeValueAsString(c.citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citations are records that always serialize", e);
        }
    }

    private static String wire(WireEnum value) {
        return value == null ? null : value.wire();
    }
}
