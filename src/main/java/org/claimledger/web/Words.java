package org.claimledger.web;

import org.claimledger.claim.Provenance;
import org.claimledger.claim.Qualifier;
import org.claimledger.common.WireEnum;
import org.claimledger.comparison.ComparisonView.IntervalView;
import org.claimledger.comparison.Measure;

import java.time.LocalDate;
import java.util.Locale;

/** Figures, measures and codes in the words a reader expects. */
final class Words {
    private Words() {
    }

    /** "3,360"; fractions only where a tolerance made them. */
    static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.US, "%,d", (long) value)
                : String.format(Locale.US, "%,.1f", value);
    }

    /** "2020-11-10", or "2020-11-10 (date inferred)" when the cited text does not date the statement. */
    static String statedOn(LocalDate statedOn, Provenance provenance) {
        return statedOn + (provenance.dateInferred() ? " (date inferred)" : "");
    }

    /** How a claim is attributed, when it is not simply named in the text: null for an explicit attribution. */
    static String attribution(Provenance provenance) {
        return switch (provenance.attribution()) {
            case EXPLICIT -> null;
            case INFERRED -> "attribution inferred";
            case DOCUMENT -> "stated by the document in its own voice";
        };
    }

    /**
     * Beside a figure: "date inferred: <what from>", "attributed by inference: <why>", "stated by the document
     * in its own voice", joined by "; "; null when the cited text dates the statement and names its speaker.
     */
    static String provenance(Provenance p) {
        String date = p.dateInferred() ? "date inferred: " + p.datedFrom() : null;
        String speaker = switch (p.attribution()) {
            case EXPLICIT -> null;
            case INFERRED -> "attributed by inference: " + p.attributionBasis();
            case DOCUMENT -> "stated by the document in its own voice";
        };
        return date == null ? speaker : speaker == null ? date : date + "; " + speaker;
    }

    /** "air-defense" -> "air defense"; null -> "". */
    static String of(WireEnum value) {
        return value == null ? "" : value.wire().replace('-', ' ');
    }

    /** A figure as its qualifier bounds it: "more than 5,000", "about 5,000", "3,000 to 4,000". */
    static String figure(Long low, Long high, Qualifier qualifier) {
        if (qualifier == null) {
            return "no figure";
        }
        return switch (qualifier) {
            case EXACT -> number(low);
            case ABOUT -> "about " + number(low);
            case AT_LEAST -> "at least " + number(low);
            case MORE_THAN -> "more than " + number(low);
            case AT_MOST -> "at most " + number(high);
            case LESS_THAN -> "fewer than " + number(high);
            case RANGE -> number(low) + " to " + number(high);
        };
    }

    /** The counts a figure allows, as the comparison reads it: "4,500 to 5,500", "above 5,000, no upper bound". */
    static String interval(IntervalView i) {
        if (i.upper() == null) {
            return (i.lowerOpen() ? "above " : "from ") + number(i.lower()) + ", no upper bound";
        }
        if (i.lower() == i.upper()) {
            return "exactly " + number(i.lower());
        }
        return number(i.lower()) + " to " + (i.upperOpen() ? "below " : "") + number(i.upper());
    }

    /**
     * "Armenia: military killed", "Azerbaijan: civilian people killed (Missile strikes on Barda, 27 and 28 October
     * 2020)": the subject's and the incident's names already read (a page of many measures reads them at once);
     * an incident without a title (none in the bundled dataset) is named by its slug.
     */
    static String measure(Measure m, String subjectName, String incidentTitle) {
        StringBuilder title = new StringBuilder(subjectName).append(": ");
        String counted = m.equipment() != null ? of(m.equipment()) : m.object() != null ? m.object().replace('-', ' ')
                : of(m.population());
        if (!counted.isEmpty()) {
            title.append(counted).append(' ');
        }
        title.append(of(m.metric()));
        if (m.incident() != null) {
            title.append(" (").append(incidentTitle != null ? incidentTitle : "incident " + m.incident()).append(')');
        }
        if (m.from() != null) {
            title.append(", from ").append(m.from());
        }
        return title.toString();
    }
}
