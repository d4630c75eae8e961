package org.claimledger.comparison;

import org.claimledger.party.PartyTree;
import org.claimledger.comparison.Outcome.Broader;
import org.claimledger.comparison.Outcome.Fit;
import org.claimledger.comparison.Outcome.Part;
import org.claimledger.comparison.Outcome.Placed;
import org.claimledger.comparison.Outcome.Stated;
import org.claimledger.comparison.Outcome.Weighing;

import java.util.List;

/**
 * Weighs a figure that counts the subject together with other parties ("7,630 Azerbaijani soldiers
 * and Syrian mercenaries") against the figures for the subject alone ("2,840 soldiers"). Interval
 * arithmetic says what the other parties would have to account for so that both hold; that is set
 * against the numbers sources state for those parties. An open figure ("at least 541") leaves strict
 * interval logic nothing to object to, so the weighing compares with the numbers stated, and says only
 * that.
 */
final class BroaderFigures {
    private static final Interval NOTHING_KNOWN = new Interval(0, false, Double.POSITIVE_INFINITY, true);

    private BroaderFigures() {
    }

    /** What sources say about one other party: their latest figures, the span of them, the extremes stated. */
    static Part part(String party, List<Placed> latest) {
        if (latest.isEmpty()) {
            return new Part(party, List.of(), null, null, null);
        }
        Interval range = latest.stream().map(Placed::interval).reduce(Interval::hull).orElseThrow();
        Stated lowest = null;
        Stated highest = null;
        for (Placed p : latest) {
            for (long value : Gaps.stated(p).toArray()) {
                lowest = lowest == null || value < lowest.value() ? new Stated(value, p.claim()) : lowest;
                highest = highest == null || value > highest.value() ? new Stated(value, p.claim()) : highest;
            }
        }
        return new Part(party, latest, range, lowest, highest);
    }

    static Broader weigh(Measure measure, Placed broader, List<Part> parts, List<Placed> figures, int maxDaysApart,
                         PartyTree names) {
        Interval others = parts.stream().map(p -> p.counted() ? p.range() : NOTHING_KNOWN)
                .reduce(new Interval(0, false, 0, false), Interval::plus);
        Interval implied = broader.interval().minus(others).counts();
        Interval stated = parts.stream().allMatch(Part::counted) ? parts.stream()
                .map(p -> new Interval(p.lowest().value(), false, p.highest().value(), false))
                .reduce(new Interval(0, false, 0, false), Interval::plus) : null;
        List<Weighing> weighed = figures.stream()
                .map(n -> weigh(measure, broader, parts, stated, n, maxDaysApart, names)).toList();
        return new Broader(broader, parts, implied, weighed);
    }

    private static Weighing weigh(Measure measure, Placed broader, List<Part> parts, Interval stated, Placed narrower,
                                  int maxDaysApart, PartyTree names) {
        Interval needed = broader.interval().minus(narrower.interval()).counts();
        Fit fit = fit(needed, stated);
        Double ratio = ratio(fit, broader, narrower, needed, stated);
        long days = Pairs.days(broader.claim(), narrower.claim());
        Fit timed = timed(fit, measure, broader, narrower, days, maxDaysApart);
        String sentence = Sentences.weighing(measure, broader, narrower, parts, fit, needed, stated, ratio, names);
        if (timed != fit) {
            sentence = Sentences.apartInTime(sentence, timed == Fit.GROWTH, broader.claim(), narrower.claim(), days);
        }
        return new Weighing(narrower, timed, days, needed, stated, ratio, sentence);
    }

    private static Fit fit(Interval needed, Interval stated) {
        if (needed == null) {
            return Fit.IMPOSSIBLE;
        }
        if (stated == null) {
            boolean somethingNeeded = needed.lower() > 0 || needed.lowerOpen();
            return somethingNeeded ? Fit.UNCOUNTED : Fit.FITS;
        }
        if (needed.overlaps(stated)) {
            return Fit.FITS;
        }
        return stated.below(needed) ? Fit.EXCEEDS_SOURCES : Fit.BELOW_SOURCES;
    }

    /** How many times beyond what sources state; for an impossible pair, the narrower over the broader. */
    private static Double ratio(Fit fit, Placed broader, Placed narrower, Interval needed, Interval stated) {
        return switch (fit) {
            case EXCEEDS_SOURCES -> over(needed.lower(), stated.upper());
            case BELOW_SOURCES -> over(stated.lower(), needed.upper());
            case IMPOSSIBLE -> over(narrower.interval().lower(), broader.interval().upper());
            default -> null;
        };
    }

    private static Double over(double larger, double smaller) {
        return smaller > 0 ? larger / smaller : null;
    }

    /**
     * A disagreement that time may explain: an accumulating count whose smaller figure (the narrower,
     * when too low; the broader, when the narrower is too high) counts to an earlier day is growth; a
     * count that can fall, dated more than {@code maxDaysApart} apart, is time-separated.
     */
    private static Fit timed(Fit fit, Measure measure, Placed broader, Placed narrower, long days, int maxDaysApart) {
        if (fit == Fit.FITS) {
            return fit;
        }
        boolean narrowerTooLow = fit == Fit.EXCEEDS_SOURCES || fit == Fit.UNCOUNTED;
        Candidate smaller = narrowerTooLow ? narrower.claim() : broader.claim();
        Candidate larger = narrowerTooLow ? broader.claim() : narrower.claim();
        if (measure.metric().accumulates()) {
            return smaller.countsTo().isBefore(larger.countsTo()) ? Fit.GROWTH : fit;
        }
        return days > maxDaysApart ? Fit.TIME_SEPARATED : fit;
    }
}
