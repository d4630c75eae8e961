package org.claimledger.web;

import org.claimledger.comparison.ComparisonView.FigureView;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the interval chart: one bar per source spanning the counts its figure allows, on a
 * shared axis from 0. Open-ended figures ("more than 5,000") run to the right edge, where the
 * template fades them out and draws an arrow. Each row names the source and its relation above the
 * bar and gives the figure in the source's words beside it. Plain Java, so the layout is tested
 * without a server. The canvas is narrow so that its text stays legible when a phone shrinks it.
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

    /**
     * One source's figure. {@code labelY} is the baseline of its label, {@code y} the top of its bar;
     * {@code relation} names the CSS class and pattern (self, adversary, independent); the figure's
     * words sit at {@code figureX}, anchored {@code figureAnchor}, on the bar's free side.
     */
    record Bar(String source, String sourceName, String relation, String label, String figure, String claimUrl,
               double x, double width, double y, int labelY, double figureX, String figureAnchor,
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

    static IntervalChart of(String title, List<FigureView> figures) {
        double max = Ticks.niceCeiling(figures.stream()
                .mapToDouble(f -> f.interval().upper() == null ? f.interval().lower() * 1.25 : f.interval().upper())
                .max().orElse(1));
        double scale = (RIGHT - LEFT) / max;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            bars.add(bar(figures.get(i), i, scale));
        }
        int axisY = TOP + figures.size() * ROW + 4;
        List<Double> values = Ticks.of(max);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String anchor = i == 0 ? "start" : i == values.size() - 1 ? "end" : "middle";
            ticks.add(new Tick(round(LEFT + values.get(i) * scale), Words.number(values.get(i)), anchor));
        }
        return new IntervalChart(WIDTH, axisY + AXIS, LEFT, RIGHT, axisY, bars, ticks, title, describe(figures));
    }

    private static Bar bar(FigureView f, int row, double scale) {
        double lower = LEFT + f.interval().lower() * scale;
        boolean open = f.interval().upper() == null;
        double upper = open ? RIGHT : LEFT + f.interval().upper() * scale;
        boolean point = upper - lower < MIN_WIDTH;
        double x = point ? Math.max(LEFT, (lower + upper - MIN_WIDTH) / 2) : lower;
        double width = point ? MIN_WIDTH : upper - lower;
        int top = TOP + row * ROW;
        String figure = fit(ownWords(f), (RIGHT - LEFT) / 2.0, FIGURE_CHAR);
        double figureWidth = figure.length() * FIGURE_CHAR;
        boolean right = x + width + 6 + figureWidth <= WIDTH - 2 && !open;
        return new Bar(f.source(), f.sourceName(), f.relation().wire(), label(f), figure, Links.claim(f.claimId()),
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

    /** What the chart shows, for screen readers: one sentence per source. */
    private static String describe(List<FigureView> figures) {
        StringBuilder text = new StringBuilder("One bar per source, on an axis from 0. ");
        for (FigureView f : figures) {
            text.append(f.sourceName()).append(", ").append(f.relation().wire()).append(", says ")
                    .append(ownWords(f)).append(": ").append(Words.interval(f.interval())).append(". ");
        }
        return text.toString().trim();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
