package org.claimledger.web;

import java.util.ArrayList;
import java.util.List;

/** Round axis values: 0, 1,000, 2,000 ... rather than 0, 1,123, 2,246. */
final class Ticks {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};
    private static final int TARGET = 5;

    private Ticks() {
    }

    /** The smallest round number at or above {@code value} that the ticks end on. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double step = step(value);
        return Math.ceil(value / step) * step;
    }

    /** Tick values from 0 to {@code max}, about five of them. */
    static List<Double> of(double max) {
        double step = step(max);
        List<Double> ticks = new ArrayList<>();
        for (double v = 0; v <= max + step / 1e6; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    private static double step(double max) {
        double raw = max / TARGET;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double s : STEPS) {
            if (s * magnitude >= raw) {
                return Math.max(1, s * magnitude);
            }
        }
        return Math.max(1, 10 * magnitude);
    }
}
