package org.claimledger.comparison;

import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.comparison.Outcome.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.comparison.Figures.PARTIES;
import static org.claimledger.comparison.Figures.figure;

/**
 * Figures of a count that can rise and fall, given weeks apart, may both be true: 430 Syrian fighters
 * deployed on 5 October and more than 2,580 on 3 December.
 */
class TimeSeparationTest {
    static final Measure SYRIAN_FIGHTERS_DEPLOYED = new Measure("syrian-fighters", Population.MILITARY,
            Metric.DEPLOYED, null, null, null, null);

    static Candidate ria430() {
        return figure("ria", null).subject("syrian-fighters", "azerbaijan").exact(430)
                .statedOn(LocalDate.of(2020, 10, 5)).build();
    }

    static Candidate sohrMoreThan2580() {
        return figure("sohr", null).subject("syrian-fighters", "azerbaijan").moreThan(2580)
                .statedOn(LocalDate.of(2020, 12, 3)).build();
    }

    static Candidate tsurkovAtLeast1000() {
        return figure("tsurkov", null).subject("syrian-fighters", "azerbaijan").atLeast(1000)
                .statedOn(LocalDate.of(2020, 10, 3)).build();
    }

    private static Outcome compare(int maxDaysApart, Candidate... figures) {
        return new MeasureComparator(0.1, maxDaysApart).compare(SYRIAN_FIGHTERS_DEPLOYED, List.of(figures), PARTIES);
    }

    @Test
    void figuresOfACountThatCanFallDatedMonthsApartAreTimeSeparatedNotConflicting() {
        Outcome o = compare(30, ria430(), sohrMoreThan2580());

        assertThat(o.conflicts()).isEmpty();
        assertThat(o.timeSeparated()).singleElement().satisfies(c -> {
            assertThat(c.lower().claim().source()).isEqualTo("ria");
            assertThat(c.higher().claim().source()).isEqualTo("sohr");
            assertThat(c.days()).isEqualTo(59);
            assertThat(c.ratio()).isEqualTo(6.0);
            assertThat(Sentences.timeSeparated(c)).isEqualTo("SOHR (independent) claims more than 6× what RIA "
                    + "(independent) reports, but the figures are dated 59 days apart (2020-10-05 and 2020-12-03); "
                    + "the count may have changed in between.");
        });
        assertThat(o.verdict()).as("neither conflicting nor plainly consistent").isEqualTo(Verdict.TIME_SEPARATED);
        assertThat(o.summary()).startsWith("No figures of the same period conflict. SOHR (independent) claims more");
        assertThat(Dispute.of(o)).as("not in the contested list").isNull();
    }

    @Test
    void theThresholdIsAParameter() {
        Outcome o = compare(59, ria430(), sohrMoreThan2580());
        assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(o.conflicts()).singleElement().satisfies(c -> assertThat(c.days()).isEqualTo(59));
        assertThat(o.timeSeparated()).isEmpty();
    }

    @Test
    void aSamePeriodConflictStillDrivesTheVerdictAndTheRankingBesideTimeSeparatedPairs() {
        Outcome o = compare(30, ria430(), tsurkovAtLeast1000(), sohrMoreThan2580());

        assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(o.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.higher().claim().source()).isEqualTo("tsurkov");
            assertThat(c.days()).isEqualTo(2);
        });
        assertThat(o.timeSeparated()).extracting(c -> c.higher().claim().source()).containsExactly("sohr");
        assertThat(o.summary()).isEqualTo("TSURKOV (independent) claims at least 2.33× what RIA (independent) reports.");
        assertThat(Dispute.of(o)).satisfies(d -> {
            assertThat(d.tier()).isZero();
            assertThat(d.ratio()).isEqualTo(1000.0 / 430);
        });
    }

    @Test
    void aCountThatOnlyAccumulatesConflictsAcrossAnyTimeWhenTheHigherFigureIsTheEarlierOne() {
        Measure killed = new Measure("armenia", Population.MILITARY, Metric.KILLED, null, null, null, null);
        Outcome o = new MeasureComparator(0.1, 30).compare(killed, List.of(
                figure("az-mod", "azerbaijan").moreThan(5000).statedOn(LocalDate.of(2020, 10, 28)).build(),
                figure("am-mod", "armenia").exact(3360).statedOn(LocalDate.of(2021, 3, 1)).build()), PARTIES);

        assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(o.conflicts()).singleElement().satisfies(c -> assertThat(c.days()).isEqualTo(124));
        assertThat(o.timeSeparated()).isEmpty();
    }

    @Test
    void theDayAFigureCountsUpToIsItsAsOfDateBeforeTheDayItWasStated() {
        Candidate counted = new Candidate(java.util.UUID.randomUUID(), 1, "x", "X", null, "armenia", "armenia",
                List.of(), Population.MILITARY, null, null, null, null, LocalDate.of(2020, 10, 5), LocalDate.of(2020, 12, 1),
                5L, 5L, org.claimledger.claim.Qualifier.EXACT, "5", org.claimledger.claim.Stance.ASSERTS,
                java.util.Set.of());
        assertThat(counted.countsTo()).isEqualTo(LocalDate.of(2020, 10, 5));
        assertThat(Pairs.days(counted, ria430())).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = {"DEPLOYED", "DISPLACED", "MISSING", "CAPTURED"})
    void countsOfPeoplePresentAtATimeCanFall(Metric metric) {
        assertThat(metric.accumulates()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = {"KILLED", "WOUNDED", "DESTROYED", "LOST", "MUNITIONS_FIRED"})
    void countsOfWhatHappenedSoFarOnlyAccumulate(Metric metric) {
        assertThat(metric.accumulates()).isTrue();
    }

    @Test
    void theComparatorRefusesANegativeThreshold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MeasureComparator(0.1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
