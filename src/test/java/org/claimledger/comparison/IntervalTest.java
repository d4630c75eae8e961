package org.claimledger.comparison;

import org.claimledger.claim.Qualifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How each qualifier reads as an interval: the specification in examples. */
class IntervalTest {
    private static Interval of(Long low, Long high, Qualifier q) {
        return Interval.of(low, high, q, 0.1);
    }

    @Test
    void exactIsASinglePoint() {
        assertThat(of(3360L, 3360L, Qualifier.EXACT)).isEqualTo(new Interval(3360, false, 3360, false));
    }

    @Test
    void aboutWidensByTheTolerance() {
        Interval about = of(5000L, 5000L, Qualifier.ABOUT);
        assertThat(about.lower()).isEqualTo(4500.0);
        assertThat(about.upper()).isEqualTo(5500.0);
        assertThat(Interval.of(5000L, 5000L, Qualifier.ABOUT, 0.2).lower()).isEqualTo(4000.0);
    }

    @Test
    void atLeastAndMoreThanAreOpenUpwards() {
        assertThat(of(541L, null, Qualifier.AT_LEAST)).isEqualTo(new Interval(541, false, Double.POSITIVE_INFINITY, true));
        assertThat(of(5000L, null, Qualifier.MORE_THAN).lowerOpen()).isTrue();
        assertThat(of(5000L, null, Qualifier.MORE_THAN).unbounded()).isTrue();
    }

    @Test
    void atMostAndLessThanStartAtZero() {
        assertThat(of(null, 20L, Qualifier.AT_MOST)).isEqualTo(new Interval(0, false, 20, false));
        assertThat(of(null, 20L, Qualifier.LESS_THAN).upperOpen()).isTrue();
    }

    @Test
    void threeThousandThreeHundredSixtyConflictsWithMoreThanFiveThousand() {
        assertThat(of(3360L, 3360L, Qualifier.EXACT).overlaps(of(5000L, null, Qualifier.MORE_THAN))).isFalse();
    }

    @Test
    void someFiveThousandAgreesWithMoreThanFiveThousand() {
        assertThat(of(5000L, 5000L, Qualifier.ABOUT).overlaps(of(5000L, null, Qualifier.MORE_THAN))).isTrue();
    }

    @Test
    void touchingBoundsOverlapOnlyWhenBothIncludeThePoint() {
        assertThat(of(100L, 100L, Qualifier.EXACT).overlaps(of(100L, null, Qualifier.AT_LEAST))).isTrue();
        assertThat(of(100L, 100L, Qualifier.EXACT).overlaps(of(100L, null, Qualifier.MORE_THAN))).isFalse();
        assertThat(of(null, 100L, Qualifier.LESS_THAN).overlaps(of(100L, 200L, Qualifier.RANGE))).isFalse();
    }

    @Test
    void rangesOverlapWhenTheyShareAnyCount() {
        assertThat(of(700L, 1000L, Qualifier.RANGE).overlaps(of(900L, 2000L, Qualifier.RANGE))).isTrue();
        assertThat(of(700L, 1000L, Qualifier.RANGE).overlaps(of(1001L, 2000L, Qualifier.RANGE))).isFalse();
    }

    @Test
    void subtractingGivesEveryDifferenceAndKeepsOpenBoundsOpen() {
        Interval broader = of(7630L, 7630L, Qualifier.EXACT);
        assertThat(broader.minus(of(2840L, 2840L, Qualifier.EXACT))).isEqualTo(new Interval(4790, false, 4790, false));
        assertThat(broader.minus(of(541L, null, Qualifier.AT_LEAST)))
                .isEqualTo(new Interval(Double.NEGATIVE_INFINITY, true, 7089, false));
        assertThat(of(7630L, null, Qualifier.MORE_THAN).minus(of(2840L, 2840L, Qualifier.EXACT)))
                .isEqualTo(new Interval(4790, true, Double.POSITIVE_INFINITY, true));
    }

    @Test
    void countsAreNeverNegative() {
        assertThat(new Interval(Double.NEGATIVE_INFINITY, true, 7089, false).counts())
                .isEqualTo(new Interval(0, false, 7089, false));
        assertThat(new Interval(-800, false, -10, false).counts()).isNull();
        assertThat(new Interval(-800, false, 0, true).counts()).as("below 0 only").isNull();
        assertThat(new Interval(-800, false, 0, false).counts()).isEqualTo(new Interval(0, false, 0, false));
    }

    @Test
    void addingAndSpanningFigures() {
        assertThat(of(541L, null, Qualifier.AT_LEAST).plus(of(100L, 200L, Qualifier.RANGE)))
                .isEqualTo(new Interval(641, false, Double.POSITIVE_INFINITY, true));
        assertThat(of(93L, 93L, Qualifier.EXACT).hull(of(541L, null, Qualifier.AT_LEAST)))
                .isEqualTo(new Interval(93, false, Double.POSITIVE_INFINITY, true));
        assertThat(of(100L, null, Qualifier.MORE_THAN).hull(of(100L, 200L, Qualifier.RANGE)).lowerOpen())
                .as("100 itself is allowed by one of them").isFalse();
    }

    /** Whatever the figures, a − b for a in A and b in B lies in A.minus(B), and a + b in A.plus(B). */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 20201110, 20210111})
    void arithmeticHoldsEveryPairOfValues(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 2000; i++) {
            Interval a = randomFigure(random);
            Interval b = randomFigure(random);
            double x = valueIn(a, random);
            double y = valueIn(b, random);
            assertThat(a.minus(b).contains(x - y)).as("seed %d: %s - %s = %s - %s", seed, x, y, a, b).isTrue();
            assertThat(a.plus(b).contains(x + y)).as("seed %d: %s + %s in %s + %s", seed, x, y, a, b).isTrue();
            assertThat(a.hull(b).contains(x) && a.hull(b).contains(y)).as("seed %d", seed).isTrue();
        }
    }

    private static Interval randomFigure(java.util.Random random) {
        Qualifier q = Qualifier.values()[random.nextInt(Qualifier.values().length)];
        long low = random.nextInt(10_000);
        long high = low + random.nextInt(10_000);
        return of(q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN ? null : low, q == Qualifier.EXACT
                || q == Qualifier.ABOUT ? Long.valueOf(low) : q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN
                ? null : high, q);
    }

    /** A value the interval allows: one of its closed bounds, or a point inside. */
    private static double valueIn(Interval i, java.util.Random random) {
        double top = i.unbounded() ? i.lower() + 1 + random.nextInt(50_000) : i.upper();
        if (!i.lowerOpen() && random.nextInt(4) == 0) {
            return i.lower();
        }
        if (!i.upperOpen() && random.nextInt(3) == 0) {
            return i.upper();
        }
        double inside = i.lower() + (top - i.lower()) * (0.001 + 0.998 * random.nextDouble());
        return i.contains(inside) ? inside : i.lower();
    }
}
