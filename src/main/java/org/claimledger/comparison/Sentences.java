package org.claimledger.comparison;

import org.claimledger.party.PartyTree;
import org.claimledger.comparison.Outcome.Conflict;
import org.claimledger.comparison.Outcome.Fit;
import org.claimledger.comparison.Outcome.Part;
import org.claimledger.comparison.Outcome.Placed;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparison in sentences a journalist could quote. */
final class Sentences {
    private Sentences() {
    }

    /** "Ministry of Defence of Azerbaijan (adversary) claims more than 1.49× what ... (self) reports." */
    static String conflict(Conflict c) {
        Interval high = c.higher().interval();
        String bound = high.unbounded() ? (high.lowerOpen() ? "more than " : "at least ") : "";
        String times = c.ratio() == null ? "a positive number where the other reports none"
                : bound + times(c.ratio()) + " what " + name(c.lower()) + " reports";
        return name(c.higher()) + " claims " + times + ".";
    }

    /** The conflict sentence, and why it is not counted as one. */
    static String timeSeparated(Conflict c) {
        return apart(conflict(c), c.lower().claim(), c.higher().claim(), c.days())
                + "; the count may have changed in between.";
    }

    static String apartInTime(String sentence, boolean growth, Candidate broader, Candidate narrower, long days) {
        return apart(sentence, broader, narrower, days) + (growth
                ? "; a count that only grows may have grown in between." : "; the count may have changed in between.");
    }

    private static String apart(String sentence, Candidate a, Candidate b, long days) {
        Candidate first = a.countsTo().isAfter(b.countsTo()) ? b : a;
        Candidate second = first == a ? b : a;
        return sentence.substring(0, sentence.length() - 1) + ", but the figures are dated " + days
                + (days == 1 ? " day" : " days") + " apart (" + first.countsTo() + " and " + second.countsTo() + ")";
    }

    /**
     * "For 7,630 (Government of Armenia) and 2,840 (Ministry of Defence of Azerbaijan) both to hold,
     * Syrian fighters killed would have to number 4,790: 8.85× the highest figure any source gives for
     * them (541, Syrian Observatory for Human Rights)."
     */
    static String weighing(Measure m, Placed broader, Placed narrower, List<Part> parts, Fit fit, Interval needed,
                           Interval stated, Double ratio, PartyTree names) {
        String others = parts.stream().map(p -> names.name(p.party())).collect(Collectors.joining(" and "));
        if (fit == Fit.IMPOSSIBLE) {
            return figure(narrower) + " is more than " + figure(broader) + ", which counts " + names.name(m.subject())
                    + " together with " + others + ": both cannot be true.";
        }
        String both = "For " + figure(broader) + " and " + figure(narrower) + " both to hold, " + others + " "
                + m.metric().wire().replace('-', ' ') + (parts.size() > 1 ? " together" : "")
                + " would have to number " + amount(needed);
        String them = parts.size() > 1 ? "them together" : "them";
        return switch (fit) {
            case EXCEEDS_SOURCES -> both + ": " + (ratio == null ? "more than" : times(ratio)) + " the highest "
                    + (parts.size() > 1 ? "figures sources give for them (" : "figure any source gives for them (")
                    + extremes(parts, true, names) + ").";
            case BELOW_SOURCES -> both + ": less than the lowest " + (parts.size() > 1
                    ? "figures sources give for them (" : "figure any source gives for them (")
                    + extremes(parts, false, names) + ")" + (ratio == null ? "" : ", " + times(ratio) + " as many")
                    + ".";
            case UNCOUNTED -> both + "; no source gives a figure for " + parts.stream().filter(p -> !p.counted())
                    .map(p -> names.name(p.party())).collect(Collectors.joining(" or ")) + ".";
            default -> both + (stated == null ? "; no source gives a figure for " + them + "."
                    : ", within what sources give for " + them + " (" + span(stated) + ").");
        };
    }

    /** "541, Syrian Observatory for Human Rights", or per party with the total when there are several. */
    private static String extremes(List<Part> parts, boolean highest, PartyTree names) {
        if (parts.size() == 1) {
            Outcome.Stated s = highest ? parts.get(0).highest() : parts.get(0).lowest();
            return number(s.value()) + ", " + s.claim().sourceName();
        }
        long total = 0;
        StringBuilder text = new StringBuilder();
        for (Part p : parts) {
            Outcome.Stated s = highest ? p.highest() : p.lowest();
            total += s.value();
            text.append(number(s.value())).append(" for ").append(names.name(p.party())).append(", ")
                    .append(s.claim().sourceName()).append("; ");
        }
        return text.append(number(total)).append(" in all").toString();
    }

    /** What the other parties would have to account for, in words. */
    static String amount(Interval needed) {
        if (needed.point()) {
            return number(needed.lower());
        }
        if (needed.lower() == 0 && !needed.lowerOpen()) {
            return needed.unbounded() ? "any number" : (needed.upperOpen() ? "less than " : "at most ")
                    + number(needed.upper());
        }
        if (needed.unbounded()) {
            return (needed.lowerOpen() ? "more than " : "at least ") + number(needed.lower());
        }
        return "between " + number(needed.lower()) + " and " + number(needed.upper());
    }

    private static String span(Interval stated) {
        return stated.point() ? number(stated.lower()) : number(stated.lower()) + " to " + number(stated.upper());
    }

    /** "7,630 (Government of Armenia)": the figure in the source's words, and who says it. */
    static String figure(Placed p) {
        String words = p.claim().text() == null || p.claim().text().isBlank() ? amount(p.interval()) : p.claim().text();
        return words + " (" + p.claim().sourceName() + ")";
    }

    /** 1.488 -> "1.49×", 6.0 -> "6×". */
    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio).replaceAll("0+$", "").replaceAll("\\.$", "") + "×";
    }

    /** "3,360"; a fraction only where a tolerance made one. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.format(Locale.US, "%,d", (long) rounded)
                : String.format(Locale.US, "%,.1f", rounded);
    }

    static String name(Placed p) {
        return p.claim().sourceName() + " (" + p.claim().relation().wire() + ")";
    }
}
