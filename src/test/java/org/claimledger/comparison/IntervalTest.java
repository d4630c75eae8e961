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
}
