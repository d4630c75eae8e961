package org.claimledger.comparison;

import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.comparison.Outcome.Broader;
import org.claimledger.comparison.Outcome.Fit;
import org.claimledger.comparison.Outcome.Verdict;
import org.claimledger.comparison.Outcome.Weighing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.claimledger.comparison.Figures.NAMED;
import static org.claimledger.comparison.Figures.figure;

/**
 * Figures that count the subject together with other parties ("7,630 Azerbaijani soldiers and Syrian
 * mercenaries killed"), weighed against the subject's own figures and what sources say about the others.
 */
class BroaderFiguresTest {
    static final Measure AZERBAIJANI_MILITARY_DEATHS = new Measure("azerbaijan", Population.MILITARY, Metric.KILLED,
            null, null, null, null);
    static final LocalDate NOV_10 = LocalDate.of(2020, 11, 10);

    private final MeasureComparator comparator = new MeasureComparator(0.1);

    static Figures.Builder azerbaijan(String source, String side) {
        return figure(source, side).subject("azerbaijan", "azerbaijan");
    }

    static Figures.Builder syrianFighters(String source) {
        return figure(source, null).subject("syrian-fighters", "azerbaijan");
    }

    /** Armenia's 7,630 soldiers and mercenaries, Azerbaijan's 2,840 soldiers, and what is said of the fighters. */
    private Outcome compare(Candidate broader, Candidate own, Candidate... aboutTheFighters) {
        return comparator.compare(AZERBAIJANI_MILITARY_DEATHS, List.of(own, broader), NAMED,
                Map.of("syrian-fighters", List.of(aboutTheFighters)));
    }

    private static Candidate armenia7630() {
        return azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").exact(7630).statedOn(NOV_10).build();
    }

    private static Candidate azerbaijan2840() {
        return azerbaijan("az-mod", "azerbaijan").exact(2840).statedOn(LocalDate.of(2021, 1, 11)).build();
    }

    private static Weighing onlyWeighing(Outcome o) {
        assertThat(o.broader()).hasSize(1);
        assertThat(o.broader().get(0).weighed()).hasSize(1);
        return o.broader().get(0).weighed().get(0);
    }

    @Test
    void theResidualIsSetAgainstTheHighestStatedFigureEvenWhenThatFigureIsOnlyAFloor() {
        Outcome o = compare(armenia7630(), azerbaijan2840(),
                syrianFighters("ria").exact(93).statedOn(LocalDate.of(2020, 10, 5)).build(),
                syrianFighters("sohr").atLeast(541).statedOn(LocalDate.of(2020, 12, 3)).build());

        Weighing w = onlyWeighing(o);
        assertThat(o.verdict()).isEqualTo(Verdict.RESIDUAL_BEYOND_SOURCES);
        assertThat(w.fit()).isEqualTo(Fit.EXCEEDS_SOURCES);
        assertThat(w.residual()).isEqualTo(4790.0);
        assertThat(w.needed()).isEqualTo(new Interval(4790, false, 4790, false));
        assertThat(w.stated()).isEqualTo(new Interval(93, false, 541, false));
        assertThat(w.ratio()).isCloseTo(4790.0 / 541, within(1e-9));
        assertThat(w.days()).isEqualTo(62);
        assertThat(w.sentence()).isEqualTo("For 7630 (AM-GOV) and 2840 (AZ-MOD) both to hold, Syrian fighters killed "
                + "would have to number 4,790: 8.85× the highest figure any source gives for them (541, SOHR).");
        assertThat(o.summary()).isEqualTo(w.sentence());
        Broader b = o.broader().get(0);
        assertThat(b.implied()).as("at least 541 has no upper bound, so interval logic leaves 0 to 7,630 - 93")
                .isEqualTo(new Interval(0, false, 7537, false));
        assertThat(b.parts()).singleElement().satisfies(p -> {
            assertThat(p.highest().value()).isEqualTo(541);
            assertThat(p.highest().claim().source()).isEqualTo("sohr");
            assertThat(p.lowest().value()).isEqualTo(93);
        });
        assertThat(o.notComparable()).isEmpty();
        assertThat(Dispute.of(o)).isEqualTo(new Dispute(1, 4790.0 / 541, w.sentence()));
    }

    @Test
    void anOpenBroaderFigureNeedsMoreThanTheResidual() {
        Outcome o = compare(azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").moreThan(7630).build(),
                azerbaijan2840(), syrianFighters("sohr").atLeast(541).build());

        Weighing w = onlyWeighing(o);
        assertThat(w.needed()).isEqualTo(new Interval(4790, true, Double.POSITIVE_INFINITY, true));
        assertThat(w.fit()).isEqualTo(Fit.EXCEEDS_SOURCES);
        assertThat(w.sentence()).contains("would have to number more than 4,790: 8.85× the highest figure");
    }

    @Test
    void anOpenNarrowerFigureNeedsNothingOfTheOthersAndFits() {
        Outcome o = compare(armenia7630(), azerbaijan("az-mod", "azerbaijan").atLeast(2840).build(),
                syrianFighters("sohr").atLeast(541).build());

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.FITS);
        assertThat(w.needed()).isEqualTo(new Interval(0, false, 4790, false));
        assertThat(w.sentence()).contains("would have to number at most 4,790, within what sources give for them (541)");
        assertThat(o.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(o.summary()).isEqualTo("2 sources give figures that can all be true at once.");
    }

    @Test
    void aNarrowerFigureInsideTheImpliedRangeFits() {
        Outcome o = compare(azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").exact(3300).build(),
                azerbaijan2840(), syrianFighters("ria").exact(93).build(), syrianFighters("sohr").atLeast(541).build());

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.FITS);
        assertThat(w.residual()).isEqualTo(460.0);
        assertThat(w.ratio()).isNull();
        assertThat(o.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(Dispute.of(o)).isNull();
    }

    @Test
    void withNoFigureForTheOtherPartyTheResidualIsUncountedNotUnsupported() {
        Outcome o = compare(armenia7630(), azerbaijan2840());

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.UNCOUNTED);
        assertThat(w.stated()).isNull();
        assertThat(w.ratio()).isNull();
        assertThat(w.sentence()).isEqualTo("For 7630 (AM-GOV) and 2840 (AZ-MOD) both to hold, Syrian fighters killed "
                + "would have to number 4,790; no source gives a figure for Syrian fighters.");
        assertThat(w.sentence()).doesNotContainIgnoringCase("unsupported");
        assertThat(o.verdict()).isEqualTo(Verdict.RESIDUAL_UNCOUNTED);
        assertThat(o.broader().get(0).implied()).as("an uncounted part may be anything from 0")
                .isEqualTo(new Interval(0, false, 7630, false));
        assertThat(Dispute.of(o)).as("not in the contested list").isNull();
    }

    @Test
    void severalOtherPartiesAreWeighedAgainstTheSumOfTheirHighestFigures() {
        Candidate broader = azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters", "libyan-fighters")
                .exact(7630).build();
        Outcome o = comparator.compare(AZERBAIJANI_MILITARY_DEATHS, List.of(azerbaijan2840(), broader), NAMED, Map.of(
                "syrian-fighters", List.of(syrianFighters("sohr").atLeast(541).build()),
                "libyan-fighters", List.of(figure("un", null).subject("libyan-fighters", "azerbaijan").range(100, 200)
                        .build())));

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.EXCEEDS_SOURCES);
        assertThat(w.stated()).isEqualTo(new Interval(641, false, 741, false));
        assertThat(w.ratio()).isCloseTo(4790.0 / 741, within(1e-9));
        assertThat(w.sentence()).isEqualTo("For 7630 (AM-GOV) and 2840 (AZ-MOD) both to hold, Syrian fighters and "
                + "Libyan fighters killed together would have to number 4,790: 6.46× the highest figures sources give "
                + "for them (541 for Syrian fighters, SOHR; 200 for Libyan fighters, UN; 741 in all).");
    }

    @Test
    void severalOtherPartiesOneOfThemUncountedCannotBeWeighed() {
        Candidate broader = azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters", "libyan-fighters")
                .exact(7630).build();
        Outcome o = comparator.compare(AZERBAIJANI_MILITARY_DEATHS, List.of(azerbaijan2840(), broader), NAMED,
                Map.of("syrian-fighters", List.of(syrianFighters("sohr").atLeast(541).build())));

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.UNCOUNTED);
        assertThat(w.stated()).isNull();
        assertThat(w.sentence()).endsWith("; no source gives a figure for Libyan fighters.");
        assertThat(o.verdict()).isEqualTo(Verdict.RESIDUAL_UNCOUNTED);
    }

    @Test
    void aNarrowerFigureAboveTheBroaderOneIsAPlainConflict() {
        Outcome o = compare(azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").exact(2000).statedOn(NOV_10)
                .build(), azerbaijan("az-mod", "azerbaijan").exact(2840).statedOn(NOV_10).build(),
                syrianFighters("sohr").atLeast(541).build());

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.IMPOSSIBLE);
        assertThat(w.needed()).isNull();
        assertThat(w.ratio()).isEqualTo(1.42);
        assertThat(w.sentence()).isEqualTo("2840 (AZ-MOD) is more than 2000 (AM-GOV), which counts Azerbaijan together "
                + "with Syrian fighters: both cannot be true.");
        assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(Dispute.of(o)).isEqualTo(new Dispute(0, 1.42, w.sentence()));
    }

    @Test
    void aNarrowerFigureLeavingLessThanAnySourceSaysIsBeyondSourcesToo() {
        Outcome o = compare(azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").exact(3000).statedOn(NOV_10)
                .build(), azerbaijan("az-mod", "azerbaijan").exact(2950).statedOn(NOV_10).build(),
                syrianFighters("ria").exact(93).build(), syrianFighters("sohr").atLeast(541).build());

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.BELOW_SOURCES);
        assertThat(w.ratio()).isCloseTo(93.0 / 50, within(1e-9));
        assertThat(w.sentence()).endsWith("would have to number 50: less than the lowest figure any source gives for "
                + "them (93, RIA), 1.86× as many.");
        assertThat(o.verdict()).isEqualTo(Verdict.RESIDUAL_BEYOND_SOURCES);
    }

    @Test
    void aNarrowerDeathTollForAnEarlierDayMayHaveGrownIntoTheResidual() {
        Outcome o = compare(armenia7630(), azerbaijan("az-mod", "azerbaijan").exact(2840)
                .statedOn(LocalDate.of(2020, 10, 1)).build(), syrianFighters("sohr").atLeast(541).build());

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.GROWTH);
        assertThat(w.sentence()).contains("dated 40 days apart (2020-10-01 and 2020-11-10)")
                .endsWith("a count that only grows may have grown in between.");
        assertThat(o.verdict()).isEqualTo(Verdict.CONSISTENT);
    }

    @Test
    void aCountThatCanFallWeighedAcrossMonthsIsTimeSeparated() {
        Measure deployed = new Measure("azerbaijan", Population.MILITARY, Metric.DEPLOYED, null, null, null, null);
        Outcome o = comparator.compare(deployed, List.of(
                        azerbaijan("az-mod", "azerbaijan").exact(2840).statedOn(LocalDate.of(2021, 1, 11)).build(),
                        azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").exact(7630).statedOn(NOV_10)
                                .build()),
                NAMED, Map.of("syrian-fighters", List.of(syrianFighters("sohr").moreThan(2580).build())));

        Weighing w = onlyWeighing(o);
        assertThat(w.fit()).isEqualTo(Fit.TIME_SEPARATED);
        assertThat(w.sentence()).endsWith("dated 62 days apart (2020-11-10 and 2021-01-11); the count may have "
                + "changed in between.");
        assertThat(o.verdict()).isEqualTo(Verdict.TIME_SEPARATED);
        assertThat(Dispute.of(o)).isNull();
    }

    @Test
    void aSamePeriodConflictComesBeforeAResidual() {
        Outcome o = comparator.compare(AZERBAIJANI_MILITARY_DEATHS, List.of(azerbaijan2840(),
                        azerbaijan("monitor", null).exact(5000).statedOn(LocalDate.of(2021, 1, 11)).build(),
                        armenia7630()),
                NAMED, Map.of("syrian-fighters", List.of(syrianFighters("sohr").atLeast(541).build())));

        assertThat(o.conflicts()).hasSize(1);
        assertThat(o.broader().get(0).weighed()).extracting(Weighing::fit)
                .containsExactly(Fit.EXCEEDS_SOURCES, Fit.EXCEEDS_SOURCES);
        assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(Dispute.of(o).tier()).isZero();
        assertThat(o.summary()).isEqualTo("MONITOR (independent) claims 1.76× what AZ-MOD (self) reports.");
    }

    @Test
    void figuresForTheOtherPartyCountOnlyForTheSameMeasureAndOnlyTheLatestOfEachSource() {
        Outcome o = compare(armenia7630(), azerbaijan2840(),
                syrianFighters("sohr").exact(28).statedOn(LocalDate.of(2020, 9, 30)).build(),
                syrianFighters("sohr").atLeast(541).statedOn(LocalDate.of(2020, 12, 3)).build(),
                syrianFighters("sohr").population(Population.CIVILIAN).exact(9000).build(),
                syrianFighters("ria").from(LocalDate.of(2020, 10, 1)).exact(8000).build());

        assertThat(o.broader().get(0).parts().get(0).figures()).extracting(p -> p.claim().low()).containsExactly(541L);
    }

    @Test
    void withOnlyBroaderFiguresNothingIsComparableButTheyAreStillShown() {
        Outcome o = comparator.compare(AZERBAIJANI_MILITARY_DEATHS, List.of(armenia7630()), NAMED,
                Map.of("syrian-fighters", List.of(syrianFighters("sohr").atLeast(541).build())));

        assertThat(o.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(o.broader()).singleElement().satisfies(b -> assertThat(b.weighed()).isEmpty());
        assertThat(o.summary()).isEqualTo("No figure counts exactly this; 1 counts it together with other parties.");
    }

    @Test
    void aSourcesEarlierBroaderFigureIsListedAsNotComparable() {
        Candidate earlier = azerbaijan("am-gov", "armenia").alsoCounts("syrian-fighters").exact(5000)
                .statedOn(LocalDate.of(2020, 10, 20)).build();
        Outcome o = comparator.compare(AZERBAIJANI_MILITARY_DEATHS, List.of(azerbaijan2840(), earlier, armenia7630()),
                NAMED, Map.of());

        assertThat(o.broader()).extracting(b -> b.figure().claim().low()).containsExactly(7630L);
        assertThat(o.notComparable()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("also counts syrian-fighters; an earlier figure of the same source"));
    }
}
