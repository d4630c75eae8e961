package org.claimledger.comparison;

import org.claimledger.claim.Qualifier;

/**
 * A figure as the set of values it allows. exact n is [n, n]; about n is [n(1-t), n(1+t)];
 * at least n is [n, ∞); more than n is (n, ∞); at most n is [0, n]; less than n is [0, n); a range
 * is [low, high]. Counts are never negative, so 0 bounds every figure from below.
 */
public record Interval(double lower, boolean lowerOpen, double upper, boolean upperOpen) {

    public static Interval of(Long low, Long high, Qualifier qualifier, double tolerance) {
        return switch (qualifier) {
            case EXACT -> new Interval(low, false, low, false);
            case ABOUT -> new Interval(low * (1 - tolerance), false, low * (1 + tolerance), false);
            case AT_LEAST -> new Interval(low, false, Double.POSITIVE_INFINITY, true);
            case MORE_THAN -> new Interval(low, true, Double.POSITIVE_INFINITY, true);
            case AT_MOST -> new Interval(0, false, high, false);
            case LESS_THAN -> new Interval(0, false, high, true);
            case RANGE -> new Interval(low, false, high, false);
        };
    }

    /** True when some count satisfies both figures. */
    public boolean overlaps(Interval other) {
        double lo = Math.max(lower, other.lower);
        double hi = Math.min(upper, other.upper);
        if (lo < hi) {
            return true;
        }
        if (lo > hi) {
            return false;
        }
        // they touch at one point: it must be inside both
        return contains(lo) && other.contains(lo);
    }

    public boolean contains(double value) {
        boolean aboveLower = lowerOpen ? value > lower : value >= lower;
        boolean belowUpper = upperOpen ? value < upper : value <= upper;
        return aboveLower && belowUpper;
    }

    /** True when every value of this figure lies below every value of {@code other}. */
    public boolean below(Interval other) {
        return !overlaps(other) && upper <= other.lower;
    }

    public boolean unbounded() {
        return Double.isInfinite(upper);
    }

    /** True when the interval holds a single count. */
    public boolean point() {
        return lower == upper && !lowerOpen && !upperOpen;
    }

    /** Every sum of a value of this and a value of {@code other}. */
    public Interval plus(Interval other) {
        return new Interval(lower + other.lower, lowerOpen || other.lowerOpen, upper + other.upper,
                upperOpen || other.upperOpen);
    }

    /**
     * Every difference of a value of this and a value of {@code other}, kept whole: it may reach below
     * 0 (see {@link #counts()}); a bound is open when either bound it comes from is.
     */
    public Interval minus(Interval other) {
        return new Interval(lower - other.upper, lowerOpen || other.upperOpen, upper - other.lower,
                upperOpen || other.lowerOpen);
    }

    /** The counts (values of 0 or more) in this interval; null when there are none. */
    public Interval counts() {
        if (upper < 0 || (upper == 0 && upperOpen)) {
            return null;
        }
        return lower < 0 ? new Interval(0, false, upper, upperOpen) : this;
    }

    /** The smallest interval holding both. */
    public Interval hull(Interval other) {
        boolean lowOpen = lower == other.lower ? lowerOpen && other.lowerOpen
                : lower < other.lower ? lowerOpen : other.lowerOpen;
        boolean highOpen = upper == other.upper ? upperOpen && other.upperOpen
                : upper > other.upper ? upperOpen : other.upperOpen;
        return new Interval(Math.min(lower, other.lower), lowOpen, Math.max(upper, other.upper), highOpen);
    }
}
