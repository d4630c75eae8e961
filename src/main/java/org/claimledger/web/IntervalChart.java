package org.claimledger.web;

import org.claimledger.comparison.ComparisonView.FigureView;
import org.claimledger.comparison.ComparisonView.IntervalView;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the interval chart: one bar per source spanning the counts its figure allows, on a
 * shared axis from 0. Open-ended figures ("more than 5,000") run to the right edge, where the
 * template fades them out and draws an arrow. Each row names the source and its relation above the
 * bar and gives the figure in the source's words beside it. A figure that also counts other parties
 * ("soldiers and Syrian mercenaries") is drawn with a pattern of its own and labelled with what else it
 * counts, followed by the range it leaves for the subject alone, outlined. Plain Java, so the layout
 * is tested without a server. The canvas is narrow so that its text stays legible when a phone
 * shrinks it.
 */
record IntervalChart(int width, int height, int plotLeft, int plotRight, int axisY, List<Bar> bars,
                     List<Tick> ticks, String title, String description) {

    static final int WIDTH = 400;
    static final int ROW = 50;
    static final int TOP = 6;
    static final int AXIS = 38;
    static final int LEFT = 8;
    static final int RIGHT = WIDTH - 24;
    /** Rough widths of a character of the label (14 units) and figure (13 units) fonts, for fitting text. */
    static final double LABEL_CHAR = 7.9;
    static final double FIGURE_CHAR = 7.3;
    /** An exact figure spans no width; it is drawn as a mark this wide so it can be seen. */
    static final double MIN_WIDTH = 5;

    /** What a row of the chart draws: a figure, a broader figure, or the range a broader figure implies. */
    static final String FIGURE = "figure";
    static final String BROADER = "broader";
    static final String IMPLIED = "implied";

    /**
     * A row to draw: {@code kind} is figure, broader or implied; {@code label} the line above the bar;
     * {@code words} what is written beside it; {@code spoken} what a screen reader hears.
     */
    record Line(String source, String sourceName, String relation, String kind, String label, String words,
                String claimUrl, IntervalView interval, String spoken) {
        static Line of(FigureView f) {
            return new Line(f.source(), f.sourceName(), f.relation().wire(), FIGURE, IntervalChart.label(f), ownWords(f),
                    Links.claim(f.claimId()), f.interval(), f.sourceName() + ", " + f.relation().wire() + ", says "
                    + ownWords(f) + ": " + Words.interval(f.interval()) + ".");
        }

        /** A figure that also counts {@code others} (their names, "Syrian fighters"): said beside its bar. */
        static Line broader(FigureView f, String others) {
            return new Line(f.source(), f.sourceName(), f.relation().wire(), BROADER, IntervalChart.label(f),
                    ownWords(f) + " with " + others, Links.claim(f.claimId()), f.interval(), f.sourceName() + ", "
                    + f.relation().wire() + ", says " + ownWords(f) + " counting " + others + " too: "
                    + Words.interval(f.interval()) + ".");
        }

        /**
         * The range a broader figure leaves for the subject alone ({@code subject}: "Azerbaijan"), drawn
         * right below it; the range is written in the label, as such a bar often spans the whole axis.
         */
        static Line implied(FigureView broader, String subject, IntervalView implied) {
            String words = Words.interval(implied);
            return new Line(broader.source(), broader.sourceName(), broader.relation().wire(), IMPLIED,
                    fit("Leaves " + subject + " alone: " + words, WIDTH - LEFT - 2, LABEL_CHAR), "",
                    Links.claim(broader.claimId()), implied, "What " + broader.sourceName() + "'s figure leaves for "
                    + subject + " alone: " + words + ".");
        }
    }

    /**
     * One row. {@code labelY} is the baseline of its label, {@code y} the top of its bar; {@code relation}
     * names the CSS class (self, adversary, independent) and {@code fill} the pattern: the relation for a
     * figure, broader or implied for the others; the figure's words sit at {@code figureX}, anchored
     * {@code figureAnchor}, on the bar's free side.
     */
    record Bar(String source, String sourceName, String relation, String kind, String fill, String label, String figure,
               String claimUrl, double x, double width, double y, int labelY, double figureX, String figureAnchor,
               boolean openEnded, boolean point) {
        /** The arrowhead past the right edge that says "no upper bound". */
        public String arrow() {
            return "M" + round(x + width + 3) + "," + round(y - 4) + " l12,12 l-12,12 z";
        }

        public double figureY() {
            return y + 12;
        }
    }

    /** {@code anchor}: the first label starts at 0, the last ends at the edge, the others are centred. */
    record Tick(double x, String label, String anchor) {
    }

    public int gridTop() {
        return TOP;
    }

    public int tickEnd() {
        return axisY + 5;
    }

    public int tickLabelY() {
        return axisY + 19;
    }

    public boolean hasBroader() {
        return bars.stream().anyMatch(b -> BROADER.equals(b.kind()));
    }

    static IntervalChart of(String title, List<FigureView> figures) {
        return lines(title, figures.stream().map(Line::of).toList());
    }

    static IntervalChart lines(String title, List<Line> lines) {
        double max = Ticks.niceCeiling(lines.stream()
                .mapToDouble(l -> l.interval().upper() == null ? l.interval().lower() * 1.25 : l.interval().upper())
                .max().orElse(1));
        double scale = (RIGHT - LEFT) / max;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            bars.add(bar(lines.get(i), i, scale));
        }
        int axisY = TOP + lines.size() * ROW + 4;
        List<Double> values = Ticks.of(max);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String anchor = i == 0 ? "start" : i == values.size() - 1 ? "end" : "middle";
            ticks.add(new Tick(round(LEFT + values.get(i) * scale), Words.number(values.get(i)), anchor));
        }
        return new IntervalChart(WIDTH, axisY + AXIS, LEFT, RIGHT, axisY, bars, ticks, title, describe(lines));
    }

    private static Bar bar(Line f, int row, double scale) {
        double lower = LEFT + f.interval().lower() * scale;
        boolean open = f.interval().upper() == null;
        double upper = open ? RIGHT : LEFT + f.interval().upper() * scale;
        boolean point = upper - lower < MIN_WIDTH;
        double x = point ? Math.max(LEFT, (lower + upper - MIN_WIDTH) / 2) : lower;
        double width = point ? MIN_WIDTH : upper - lower;
        int top = TOP + row * ROW;
        String figure = fit(f.words(), (RIGHT - LEFT) * (BROADER.equals(f.kind()) ? 0.75 : 0.5), FIGURE_CHAR);
        double figureWidth = figure.length() * FIGURE_CHAR;
        boolean right = x + width + 6 + figureWidth <= WIDTH - 2 && !open;
        String fill = FIGURE.equals(f.kind()) ? f.relation() : f.kind();
        return new Bar(f.source(), f.sourceName(), f.relation(), f.kind(), fill, f.label(), figure, f.claimUrl(),
                round(x), round(width), top + 22, top + 15, round(right ? x + width + 6 : Math.max(x - 6,
                LEFT + figureWidth)), right ? "start" : "end", open, point);
    }

    /** "Ministry of Defence of Armenia (self)", the name cut short when the line would overflow. */
    static String label(FigureView f) {
        String relation = " (" + f.relation().wire() + ")";
        double room = WIDTH - LEFT - 2 - relation.length() * LABEL_CHAR;
        return fit(f.sourceName(), room, LABEL_CHAR) + relation;
    }

    static String ownWords(FigureView f) {
        return f.text() != null && !f.text().isBlank() ? f.text() : Words.figure(f.low(), f.high(), f.qualifier());
    }

    private static String fit(String text, double room, double charWidth) {
        int chars = Math.max(8, (int) (room / charWidth));
        return text.length() <= chars ? text : text.substring(0, chars - 1).strip() + "…";
    }

    /** What the chart shows, for screen readers: one sentence per row. */
    private static String describe(List<Line> lines) {
        StringBuilder text = new StringBuilder("One bar per source, on an axis from 0. ");
        lines.forEach(l -> text.append(l.spoken()).append(' '));
        return text.toString().trim();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
