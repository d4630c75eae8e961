package org.claimledger.comparison;

import org.claimledger.claim.Qualifier;
import org.claimledger.support.Gen;
import org.claimledger.support.Seeds;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The interval reading of qualifiers, as properties over many figures (one figure or pair per seed). */
class IntervalProperties {
    private static final Gen<Long> COUNTS = Gen.longs(0, 1_000_000);

    record Figure(Long low, Long high, Qualifier qualifier) {
        Interval interval() {
            return Interval.of(low, high, qualifier, 0.1);
        }
    }

    static final Gen<Figure> FIGURES = Gen.combine(COUNTS, COUNTS, Gen.of(Qualifier.class), (a, b, q) -> switch (q) {
        case EXACT, ABOUT -> new Figure(a, a, q);
        case AT_LEAST, MORE_THAN -> new Figure(a, null, q);
        case AT_MOST, LESS_THAN -> new Figure(null, a, q);
        case RANGE -> new Figure(Math.min(a, b), Math.max(a, b) + 1, q);
    });

    @Seeds(1000)
    void overlapIsSymmetric(long seed) {
        Random random = new Random(seed);
        Figure a = FIGURES.next(random);
        Figure b = FIGURES.next(random);
        assertThat(a.interval().overlaps(b.interval())).as("%s and %s", a, b)
                .isEqualTo(b.interval().overlaps(a.interval()));
    }

    @Seeds(1000)
    void aFigureThatAllowsSomeCountOverlapsItself(long seed) {
        Figure a = FIGURES.next(new Random(seed));
        Interval i = a.interval();
        boolean nonEmpty = i.lower() < i.upper() || (i.lower() == i.upper() && !i.lowerOpen() && !i.upperOpen());
        assertThat(i.overlaps(i)).as("%s", a).isEqualTo(nonEmpty);
    }

    @Seeds(1000)
    void twoFiguresConflictExactlyWhenOneLiesWhollyBelowTheOther(long seed) {
        Random random = new Random(seed);
        Figure a = FIGURES.next(random);
        Figure b = FIGURES.next(random);
        boolean conflict = !a.interval().overlaps(b.interval());
        assertThat(conflict).as("%s and %s", a, b)
                .isEqualTo(a.interval().below(b.interval()) || b.interval().below(a.interval()));
    }

    @Seeds(1000)
    void theStatedNumberSatisfiesItsOwnFigureUnlessTheBoundIsStrict(long seed) {
        Figure a = FIGURES.next(new Random(seed));
        long stated = a.low() != null ? a.low() : a.high();
        boolean strict = a.qualifier() == Qualifier.MORE_THAN || a.qualifier() == Qualifier.LESS_THAN;
        assertThat(a.interval().contains(stated)).as("%s", a).isEqualTo(!strict);
    }

    @Seeds(1000)
    void atLeastNeverConflictsWithALargerExactCount(long seed) {
        Random random = new Random(seed);
        long n = COUNTS.next(random);
        long more = COUNTS.next(random);
        Interval floor = Interval.of(n, null, Qualifier.AT_LEAST, 0.1);
        assertThat(floor.overlaps(Interval.of(n + more, n + more, Qualifier.EXACT, 0.1))).as("at least %d, exactly %d",
                n, n + more).isTrue();
    }

    @Seeds(1000)
    void moreThanExcludesTheNumberItself(long seed) {
        long n = COUNTS.next(new Random(seed));
        assertThat(Interval.of(n, null, Qualifier.MORE_THAN, 0.1).overlaps(Interval.of(n, n, Qualifier.EXACT, 0.1)))
                .as("more than %d, exactly %d", n, n).isFalse();
    }
}
