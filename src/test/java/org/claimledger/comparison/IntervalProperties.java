package org.claimledger.comparison;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.claimledger.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The interval reading of qualifiers, as properties over many figures. */
class IntervalProperties {

    record Figure(Long low, Long high, Qualifier qualifier) {
        Interval interval() {
            return Interval.of(low, high, qualifier, 0.1);
        }
    }

    @Provide
    Arbitrary<Figure> figures() {
        Arbitrary<Long> n = Arbitraries.longs().between(0, 1_000_000);
        return Combinators.combine(n, n, Arbitraries.of(Qualifier.class)).as((a, b, q) -> switch (q) {
            case EXACT, ABOUT -> new Figure(a, a, q);
            case AT_LEAST, MORE_THAN -> new Figure(a, null, q);
            case AT_MOST, LESS_THAN -> new Figure(null, a, q);
            case RANGE -> new Figure(Math.min(a, b), Math.max(a, b) + 1, q);
        });
    }

    @Property
    void overlapIsSymmetric(@ForAll("figures") Figure a, @ForAll("figures") Figure b) {
        assertThat(a.interval().overlaps(b.interval())).isEqualTo(b.interval().overlaps(a.interval()));
    }

    @Property
    void aFigureThatAllowsSomeCountOverlapsItself(@ForAll("figures") Figure a) {
        Interval i = a.interval();
        boolean nonEmpty = i.lower() < i.upper() || (i.lower() == i.upper() && !i.lowerOpen() && !i.upperOpen());
        assertThat(i.overlaps(i)).isEqualTo(nonEmpty);
    }

    @Property
    void twoFiguresConflictExactlyWhenOneLiesWhollyBelowTheOther(@ForAll("figures") Figure a,
                                                                 @ForAll("figures") Figure b) {
        boolean conflict = !a.interval().overlaps(b.interval());
        assertThat(conflict).isEqualTo(a.interval().below(b.interval()) || b.interval().below(a.interval()));
    }

    @Property
    void theStatedNumberSatisfiesItsOwnFigureUnlessTheBoundIsStrict(@ForAll("figures") Figure a) {
        long stated = a.low() != null ? a.low() : a.high();
        boolean strict = a.qualifier() == Qualifier.MORE_THAN || a.qualifier() == Qualifier.LESS_THAN;
        assertThat(a.interval().contains(stated)).isEqualTo(!strict);
    }

    @Property
    void atLeastNeverConflictsWithALargerExactCount(@ForAll @LongRange(max = 1_000_000) long n,
                                                    @ForAll @LongRange(max = 1_000_000) long more) {
        Interval floor = Interval.of(n, null, Qualifier.AT_LEAST, 0.1);
        assertThat(floor.overlaps(Interval.of(n + more, n + more, Qualifier.EXACT, 0.1))).isTrue();
    }

    @Property
    void moreThanExcludesTheNumberItself(@ForAll @LongRange(max = 1_000_000) long n) {
        assertThat(Interval.of(n, null, Qualifier.MORE_THAN, 0.1)
                .overlaps(Interval.of(n, n, Qualifier.EXACT, 0.1))).isFalse();
    }
}
