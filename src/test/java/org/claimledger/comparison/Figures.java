package org.claimledger.comparison;

import org.claimledger.party.PartyTree;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Candidates for the comparison specs: Armenian military deaths unless a test says otherwise. */
final class Figures {
    static final Measure ARMENIAN_MILITARY_DEATHS = new Measure("armenia", Population.MILITARY, Metric.KILLED,
            null, null, null, null);
    /** Artsakh is part of Armenia; nothing else nests. */
    static final PartyTree PARTIES = (party, ancestor) -> party.equals(ancestor)
            || (party.equals("artsakh") && ancestor.equals("armenia"));
    /** The same tree, with the names sentences use. */
    static final PartyTree NAMED = new PartyTree() {
        private final java.util.Map<String, String> names = java.util.Map.of("azerbaijan", "Azerbaijan",
                "syrian-fighters", "Syrian fighters", "libyan-fighters", "Libyan fighters");

        @Override
        public boolean isWithin(String party, String ancestor) {
            return PARTIES.isWithin(party, ancestor);
        }

        @Override
        public String name(String party) {
            return names.getOrDefault(party, party);
        }
    };
    private static final AtomicLong ORDER = new AtomicLong();

    private Figures() {
    }

    static Builder figure(String source, String side) {
        return new Builder(source, side);
    }

    static final class Builder {
        private final String source;
        private final String side;
        private String subject = "armenia";
        private String subjectSide = "armenia";
        private List<String> also = List.of();
        private Population population = Population.MILITARY;
        private Equipment equipment;
        private LocalDate from;
        private LocalDate statedOn = LocalDate.of(2020, 11, 10);
        private Long low;
        private Long high;
        private Qualifier qualifier;
        private Stance stance = Stance.ASSERTS;
        private Set<UUID> supersededBy = Set.of();
        private final UUID id = UUID.randomUUID();

        Builder(String source, String side) {
            this.source = source;
            this.side = side;
        }

        Builder exact(long n) {
            return q(n, n, Qualifier.EXACT);
        }

        Builder about(long n) {
            return q(n, n, Qualifier.ABOUT);
        }

        Builder moreThan(long n) {
            return q(n, null, Qualifier.MORE_THAN);
        }

        Builder atLeast(long n) {
            return q(n, null, Qualifier.AT_LEAST);
        }

        Builder range(long low, long high) {
            return q(low, high, Qualifier.RANGE);
        }

        Builder noFigure() {
            return q(null, null, null);
        }

        private Builder q(Long low, Long high, Qualifier qualifier) {
            this.low = low;
            this.high = high;
            this.qualifier = qualifier;
            return this;
        }

        Builder subject(String subject, String subjectSide) {
            this.subject = subject;
            this.subjectSide = subjectSide;
            return this;
        }

        Builder alsoCounts(String... parties) {
            this.also = List.of(parties);
            return this;
        }

        Builder population(Population population) {
            this.population = population;
            return this;
        }

        Builder equipment(Equipment equipment) {
            this.equipment = equipment;
            return this;
        }

        Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        Builder statedOn(LocalDate statedOn) {
            this.statedOn = statedOn;
            return this;
        }

        Builder denies() {
            this.stance = Stance.DENIES;
            return this;
        }

        Builder supersededBy(Candidate newer) {
            this.supersededBy = Set.of(newer.id());
            return this;
        }

        Candidate build() {
            return new Candidate(id, ORDER.incrementAndGet(), source, source.toUpperCase(), side, subject, subjectSide,
                    also, population, equipment, null, null, from, null, statedOn, low, high, qualifier,
                    low == null ? null : String.valueOf(low), stance, supersededBy);
        }
    }
}
