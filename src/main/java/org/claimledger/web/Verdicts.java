package org.claimledger.web;

import org.claimledger.comparison.Outcome;

import java.util.Locale;

/** A comparison's verdict and gap as a reader says them. */
final class Verdicts {
    private Verdicts() {
    }

    static String label(Outcome.Verdict verdict) {
        return switch (verdict) {
            case CONFLICTING -> "Conflicting";
            case RESIDUAL_BEYOND_SOURCES -> "Beyond what sources count";
            case RESIDUAL_UNCOUNTED -> "Rests on an uncounted part";
            case TIME_SEPARATED -> "Differ only across time";
            case CONSISTENT -> "Consistent";
            case SINGLE -> "Single source";
            case NOT_COMPARABLE -> "Not comparable";
        };
    }

    /** 1.488 -> "1.49×", 208.0 -> "208×". */
    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio).replaceAll("0+$", "").replaceAll("\\.$", "") + "×";
    }
}
