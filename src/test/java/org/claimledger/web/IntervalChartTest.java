package org.claimledger.web;

import org.claimledger.claim.Qualifier;
import org.claimledger.comparison.ComparisonView.FigureView;
import org.claimledger.comparison.ComparisonView.IntervalView;
import org.claimledger.comparison.Relation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How the comparison's interval chart is laid out, without a server. */
class IntervalChartTest {
    static final FigureView OWN_SIDE = figure("am-mod", "Ministry of Defence of Armenia", Relation.SELF,
            3360L, 3360L, Qualifier.EXACT, "3,360", new IntervalView(3360, false, 3360.0, false));
    static final FigureView ABOUT = figure("vanetsyan", "Artur Vanetsyan", Relation.SELF, 5000L, 5000L,
            Qualifier.ABOUT, "some 5,000", new IntervalView(4500, false, 5500.0, false));
    static final FigureView ADVERSARY = figure("az-mod", "Ministry of Defence of Azerbaijan", Relation.ADVERSARY,
            5000L, null, Qualifier.MORE_THAN, "more than 5,000", new IntervalView(5000, true, null, true));

    final IntervalChart chart = IntervalChart.of("Armenia: military killed", List.of(OWN_SIDE, ABOUT, ADVERSARY));

    @Test
    void drawsOneBarPerSourceInTheOrderGiven() {
        assertThat(chart.bars()).extracting(IntervalChart.Bar::source).containsExactly("am-mod", "vanetsyan", "az-mod");
        assertThat(chart.bars()).extracting(IntervalChart.Bar::relation).containsExactly("self", "self", "adversary");
    }

    @Test
    void moreThanRunsFromItsFigureToTheRightEdgeAndEndsInAnArrow() {
        IntervalChart.Bar moreThan = chart.bars().get(2);
        assertThat(moreThan.openEnded()).isTrue();
        assertThat(moreThan.x() + moreThan.width()).isEqualTo(IntervalChart.RIGHT, within(0.1));
        assertThat(moreThan.arrow()).startsWith("M" + (IntervalChart.RIGHT + 3.0));
    }

    @Test
    void aboutSpansItsToleranceOnTheSameScaleAsTheAxis() {
        IntervalChart.Bar about = chart.bars().get(1);
        assertThat(about.x()).isEqualTo(xOf(4500), within(0.1));
        assertThat(about.x() + about.width()).isEqualTo(xOf(5500), within(0.1));
    }

    @Test
    void anExactFigureIsAMarkWideEnoughToSeeCentredOnItsValue() {
        IntervalChart.Bar exact = chart.bars().get(0);
        assertThat(exact.point()).isTrue();
        assertThat(exact.width()).isEqualTo(IntervalChart.MIN_WIDTH);
        assertThat(exact.x() + exact.width() / 2).isEqualTo(xOf(3360), within(0.1));
    }

    @Test
    void theAxisStartsAtZeroAndRunsInRoundStepsPastTheLargestFigure() {
        assertThat(chart.ticks()).extracting(IntervalChart.Tick::label)
                .containsExactly("0", "2,000", "4,000", "6,000", "8,000");
        assertThat(chart.ticks().get(0).x()).isEqualTo(IntervalChart.LEFT);
    }

    @Test
    void everyBarNamesItsSourceAndRelationAndGivesTheFigureInTheSourcesWords() {
        assertThat(chart.bars()).extracting(IntervalChart.Bar::label).containsExactly(
                "Ministry of Defence of Armenia (self)", "Artur Vanetsyan (self)",
                "Ministry of Defence of Azerbaijan (adversary)");
        assertThat(chart.bars()).extracting(IntervalChart.Bar::figure)
                .containsExactly("3,360", "some 5,000", "more than 5,000");
        assertThat(chart.bars().get(2).figureAnchor()).as("beside an open bar, the words go to its left")
                .isEqualTo("end");
    }

    @Test
    void aNameTooLongForTheLineIsCutButKeepsItsRelation() {
        FigureView longName = figure("x", "The Very Long Name of a Ministry That Counts Things in Several Districts",
                Relation.INDEPENDENT, 10L, 10L, Qualifier.EXACT, "10", new IntervalView(10, false, 10.0, false));
        String label = IntervalChart.of("t", List.of(longName)).bars().get(0).label();
        assertThat(label).endsWith("… (independent)").startsWith("The Very Long Name");
        assertThat(label.length() * IntervalChart.LABEL_CHAR).isLessThan(IntervalChart.WIDTH);
    }

    @Test
    void screenReadersHearEveryFigureAndHowItIsRead() {
        assertThat(chart.description()).contains("Ministry of Defence of Armenia, self, says 3,360: exactly 3,360.",
                "Artur Vanetsyan, self, says some 5,000: 4,500 to 5,500.",
                "Ministry of Defence of Azerbaijan, adversary, says more than 5,000: above 5,000, no upper bound.");
    }

    @Test
    void ticksAreRoundWhateverTheLargestFigure() {
        assertThat(Ticks.niceCeiling(6250)).isEqualTo(8000);
        assertThat(Ticks.of(8000)).containsExactly(0.0, 2000.0, 4000.0, 6000.0, 8000.0);
        assertThat(Ticks.of(Ticks.niceCeiling(37))).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
        assertThat(Ticks.niceCeiling(0)).isEqualTo(1);
    }

    @Test
    void aBroaderFigureIsDrawnWithItsOwnPatternAndSaysWhatElseItCounts() {
        FigureView own = figure("az-mod", "Ministry of Defence of Azerbaijan", Relation.SELF, 2840L, 2840L,
                Qualifier.EXACT, "2,840", new IntervalView(2840, false, 2840.0, false));
        FigureView broader = figure("am-gov", "Government of Armenia", Relation.ADVERSARY, 7630L, 7630L,
                Qualifier.EXACT, "7,630", new IntervalView(7630, false, 7630.0, false));
        IntervalChart chart = IntervalChart.lines("Azerbaijan: military killed", List.of(IntervalChart.Line.of(own),
                IntervalChart.Line.broader(broader, "Syrian fighters"),
                IntervalChart.Line.implied(broader, "Azerbaijan", new IntervalView(0, false, 7537.0, false))));

        assertThat(chart.bars()).extracting(IntervalChart.Bar::kind).containsExactly("figure", "broader", "implied");
        assertThat(chart.bars()).extracting(IntervalChart.Bar::fill).containsExactly("self", "broader", "implied");
        IntervalChart.Bar wider = chart.bars().get(1);
        assertThat(wider.label()).isEqualTo("Government of Armenia (adversary)");
        assertThat(wider.figure()).isEqualTo("7,630 with Syrian fighters");
        assertThat(wider.y()).as("below the subject's own figure").isGreaterThan(chart.bars().get(0).y());
        IntervalChart.Bar implied = chart.bars().get(2);
        assertThat(implied.label()).isEqualTo("Leaves Azerbaijan alone: 0 to 7,537");
        assertThat(implied.figure()).as("the range is in the label").isEmpty();
        assertThat(implied.x()).isEqualTo(IntervalChart.LEFT);
        assertThat(implied.x() + implied.width()).isEqualTo(xOf(7537), within(0.1));
        assertThat(chart.hasBroader()).isTrue();
        assertThat(this.chart.hasBroader()).isFalse();
        assertThat(chart.description()).contains(
                "Government of Armenia, adversary, says 7,630 counting Syrian fighters too: exactly 7,630.",
                "What Government of Armenia's figure leaves for Azerbaijan alone: 0 to 7,537.");
    }

    /** Where a count lies on this chart's axis, which ends at 8,000. */
    private static double xOf(double value) {
        return IntervalChart.LEFT + value * (IntervalChart.RIGHT - IntervalChart.LEFT) / 8000;
    }

    static FigureView figure(String source, String name, Relation relation, Long low, Long high, Qualifier qualifier,
                             String text, IntervalView interval) {
        return new FigureView(source, name, null, relation, UUID.randomUUID(), low, high, qualifier, text,
                LocalDate.of(2020, 11, 10), interval);
    }
}
