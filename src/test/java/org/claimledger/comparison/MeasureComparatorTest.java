package org.claimledger.comparison;

import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.comparison.Outcome.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.comparison.Figures.ARMENIAN_MILITARY_DEATHS;
import static org.claimledger.comparison.Figures.PARTIES;
import static org.claimledger.comparison.Figures.figure;

/** The comparison rules, as a specification with the Karabakh figures. */
class MeasureComparatorTest {
    private final MeasureComparator comparator = new MeasureComparator(0.1);

    private Outcome compare(Candidate... candidates) {
        return comparator.compare(ARMENIAN_MILITARY_DEATHS, List.of(candidates), PARTIES);
    }

    @Test
    void armeniasOwnCountConflictsWithAzerbaijansMoreThanFiveThousand() {
        Outcome outcome = compare(figure("am-mod", "armenia").exact(3360).build(),
                figure("az-mod", "azerbaijan").moreThan(5000).build());

        assertThat(outcome.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(outcome.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.lower().claim().source()).isEqualTo("am-mod");
            assertThat(c.higher().claim().source()).isEqualTo("az-mod");
            assertThat(c.gap()).isEqualTo(1640.0);
            assertThat(c.ratio()).isEqualTo(5000.0 / 3360);
        });
        assertThat(outcome.summary()).isEqualTo("AZ-MOD (adversary) claims more than 1.49× what AM-MOD (self) reports.");
    }

    @Test
    void someFiveThousandIsConsistentWithMoreThanFiveThousandButNotWith3360() {
        Outcome outcome = compare(figure("am-mod", "armenia").exact(3360).build(),
                figure("az-mod", "azerbaijan").moreThan(5000).build(),
                figure("vanetsyan", "armenia").about(5000).build());

        assertThat(outcome.conflicts()).extracting(c -> c.lower().claim().source() + "<" + c.higher().claim().source())
                .containsExactlyInAnyOrder("am-mod<az-mod", "am-mod<vanetsyan");
        assertThat(outcome.spread()).isEqualTo(new Outcome.Spread(3360, 5000, 1.488));
    }

    @Test
    void theSideTheAdversaryAndIndependentsAreGroupedForThePartisanGap() {
        Outcome outcome = compare(figure("am-mod", "armenia").exact(3360).build(),
                figure("az-mod", "azerbaijan").moreThan(5000).build(),
                figure("monitor", null).range(3800, 4200).build());

        Outcome.PartisanGap gap = outcome.partisanGap();
        assertThat(gap.self().sources()).containsExactly("am-mod");
        assertThat(gap.adversary().sources()).containsExactly("az-mod");
        assertThat(gap.independent().sources()).containsExactly("monitor");
        assertThat(gap.adversaryOverSelf()).isEqualTo(1.488);
        assertThat(gap.independentOverSelf()).isEqualTo(1.131);
    }

    @Test
    void figuresThatCanAllBeTrueAreConsistent() {
        Outcome outcome = compare(figure("oryx", null).atLeast(3000).build(),
                figure("am-mod", "armenia").exact(3360).build());
        assertThat(outcome.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(outcome.conflicts()).isEmpty();
    }

    @Test
    void aSingleSourceIsReportedAsSuch() {
        assertThat(compare(figure("am-mod", "armenia").exact(3360).build()).verdict()).isEqualTo(Verdict.SINGLE);
    }

    @Test
    void aFigureThatAlsoCountsSyrianMercenariesIsWeighedNotComparedWithSoldiersOnly() {
        Measure azerbaijaniDeaths = new Measure("azerbaijan", Population.MILITARY, Metric.KILLED, null, null, null, null);
        Outcome outcome = comparator.compare(azerbaijaniDeaths, List.of(
                figure("az-mod", "azerbaijan").subject("azerbaijan", "azerbaijan").exact(2840).build(),
                figure("am-gov", "armenia").subject("azerbaijan", "azerbaijan").alsoCounts("syrian-fighters")
                        .exact(7630).build()), PARTIES);

        assertThat(outcome.figures()).extracting(p -> p.claim().source()).containsExactly("az-mod");
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.broader()).extracting(b -> b.figure().claim().source()).containsExactly("am-gov");
        assertThat(outcome.notComparable()).isEmpty();
        assertThat(outcome.verdict()).isNotEqualTo(Verdict.SINGLE);
    }

    @Test
    void aFigureThatAlsoCountsOthersAndDiffersOtherwiseIsNotComparableWithBothReasons() {
        Outcome outcome = compare(figure("am-mod", "armenia").exact(3360).build(),
                figure("am-gov", "armenia").alsoCounts("pkk").population(Population.ALL).exact(4000).build());

        assertThat(outcome.broader()).isEmpty();
        assertThat(outcome.notComparable()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("also counts pkk; counts all people, not military"));
    }

    @Test
    void tanksAndOtherArmoredVehiclesAreNotComparableWithTanksWhoeverSaysTheyAreMilitary() {
        Measure tanksDestroyed = new Measure("armenia", null, Metric.DESTROYED, Equipment.TANK, null, null, null);
        Outcome outcome = comparator.compare(tanksDestroyed, List.of(
                figure("oryx", null).population(Population.MILITARY).equipment(Equipment.TANK).atLeast(134).build(),
                figure("az-mod", "azerbaijan").population(null).equipment(Equipment.ARMORED_VEHICLE).about(250).build()),
                PARTIES);

        assertThat(outcome.verdict()).isEqualTo(Verdict.SINGLE);
        assertThat(outcome.notComparable()).extracting(Outcome.Excluded::reason)
                .containsExactly("counts armored-vehicle, broader than tank");
    }

    @Test
    void scopeDifferencesAreNamed() {
        Outcome outcome = compare(
                figure("artsakh-gov", "armenia").subject("artsakh", "armenia").exact(2000).build(),
                figure("am-gov", "armenia").population(Population.ALL).exact(3425).build(),
                figure("artsakh-defense-army", "armenia").from(LocalDate.of(2020, 9, 27)).exact(16).build(),
                figure("az-mod", "azerbaijan").noFigure().build(),
                figure("am-pm", "armenia").denies().exact(5000).build());

        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(outcome.notComparable()).extracting(Outcome.Excluded::reason).containsExactly(
                "counts only artsakh, part of armenia",
                "counts all people, not military",
                "covers only 2020-09-27 to its date",
                "gives no figure",
                "denies rather than reports a figure");
    }

    @Test
    void aSourcesNewerFigureSupersedesItsOlderOne() {
        Candidate october = figure("az-mod", "azerbaijan").moreThan(5000).statedOn(LocalDate.of(2020, 10, 28)).build();
        Candidate september = figure("az-mod", "azerbaijan").moreThan(2000).statedOn(LocalDate.of(2020, 9, 30)).build();

        Outcome outcome = compare(september, october);

        assertThat(outcome.figures()).extracting(p -> p.claim().id()).containsExactly(october.id());
        assertThat(outcome.history()).containsExactly(september);
    }

    @Test
    void anExplicitSupersedesLinkWinsOverTheStatementDate() {
        Candidate revised = figure("am-mod", "armenia").exact(36).statedOn(LocalDate.of(2020, 9, 27)).build();
        Candidate first = figure("am-mod", "armenia").exact(10).statedOn(LocalDate.of(2020, 9, 28))
                .supersededBy(revised).build();

        Outcome outcome = compare(first, revised);

        assertThat(outcome.figures()).extracting(p -> p.claim().low()).containsExactly(36L);
        assertThat(outcome.history()).extracting(Candidate::low).containsExactly(10L);
    }

    @Test
    void aLowerDeathTollForAnEarlierDateIsGrowthNotAConflict() {
        Outcome outcome = compare(figure("ria", null).exact(93).statedOn(LocalDate.of(2020, 10, 5)).build(),
                figure("sohr", null).atLeast(541).statedOn(LocalDate.of(2020, 12, 3)).build());
        assertThat(outcome.verdict()).isEqualTo(Verdict.CONSISTENT);
    }

    @Test
    void aHigherDeathTollForAnEarlierDateStillConflictsWithALowerLaterOne() {
        Outcome outcome = compare(figure("az-mod", "azerbaijan").moreThan(5000).statedOn(LocalDate.of(2020, 10, 28)).build(),
                figure("am-mod", "armenia").exact(3360).statedOn(LocalDate.of(2021, 1, 1)).build());
        assertThat(outcome.verdict()).isEqualTo(Verdict.CONFLICTING);
    }

    @Test
    void countsThatCanFallConflictWhateverTheirDates() {
        Measure held = new Measure("armenia", Population.MILITARY, Metric.CAPTURED, null, null, null, null);
        Outcome outcome = comparator.compare(held, List.of(
                figure("am-gov", "armenia").exact(60).statedOn(LocalDate.of(2020, 11, 1)).build(),
                figure("az-mod", "azerbaijan").exact(200).statedOn(LocalDate.of(2020, 12, 1)).build()), PARTIES);
        assertThat(outcome.verdict()).isEqualTo(Verdict.CONFLICTING);
    }

    @Test
    void aZeroCountConflictsWithAnyPositiveCountWithoutARatio() {
        Outcome outcome = compare(figure("am-mod", "armenia").exact(0).build(),
                figure("az-mod", "azerbaijan").exact(12).build());
        assertThat(outcome.conflicts()).singleElement().satisfies(c -> assertThat(c.ratio()).isNull());
        assertThat(outcome.summary()).contains("a positive number where the other reports none");
    }
}
