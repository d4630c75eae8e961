package org.claimledger.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.claim.Category;
import org.claimledger.claim.Citation;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.NewClaim;
import org.claimledger.claim.Population;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Quantity;
import org.claimledger.claim.Stance;
import org.claimledger.incident.NewIncident;
import org.claimledger.ingest.ImportBatch;
import org.claimledger.link.LinkType;
import org.claimledger.party.NewParty;
import org.claimledger.source.NewSource;
import org.claimledger.source.SourceKind;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic synthetic data at any scale, for benchmarks: conflicts with belligerents, their forces and
 * backers; ministries, ombudsmen, monitors, OSINT groups and media; casualty, equipment, allegation,
 * displacement and damage claims with every qualifier; titled incidents that claims name; and links
 * between claims. The same seed always gives the same batch, written as a stream in the import format.
 */
public final class SyntheticDataset {
    /** Incidents per conflict: a few claims each, as in the bundled dataset. */
    private static final int INCIDENTS = 50;
    private static final String[] PLACES = {"Arden", "Belvar", "Corvin", "Dalmar", "Estel", "Fennick", "Galdor",
            "Harrow", "Istra", "Jorvik", "Kestrel", "Lorn", "Marrow", "Norvale", "Ostrin", "Peltar", "Quarry",
            "Rivel", "Sarn", "Tarsk", "Umber", "Valen", "Westmar", "Yarrow", "Zerith"};
    private static final Qualifier[] QUALIFIERS = {Qualifier.EXACT, Qualifier.EXACT, Qualifier.EXACT, Qualifier.EXACT,
            Qualifier.EXACT, Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.MORE_THAN,
            Qualifier.RANGE, Qualifier.AT_MOST, Qualifier.LESS_THAN};
    private static final Metric[] PEOPLE = {Metric.KILLED, Metric.KILLED, Metric.KILLED, Metric.WOUNDED,
            Metric.WOUNDED, Metric.MISSING, Metric.CAPTURED};
    private static final Metric[] EQUIPMENT_METRICS = {Metric.LOST, Metric.DESTROYED, Metric.DESTROYED,
            Metric.DAMAGED, Metric.ABANDONED, Metric.CAPTURED_BY_ENEMY};
    private static final Equipment[] EQUIPMENT = {Equipment.TANK, Equipment.TANK, Equipment.AFV, Equipment.TRUCK,
            Equipment.ARTILLERY, Equipment.MLRS, Equipment.AIR_DEFENSE, Equipment.UAV, Equipment.HELICOPTER,
            Equipment.ARMORED_VEHICLE};

    private final long claims;
    private final long seed;
    private final int conflicts;

    public SyntheticDataset(long claims, long seed) {
        this.claims = claims;
        this.seed = seed;
        // more data means more conflicts, not fatter ones: a measure keeps a realistic number of figures
        this.conflicts = (int) Math.max(2, claims / 1_000);
    }

    public void write(OutputStream out, ObjectMapper json) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        World world = World.of(conflicts, random);
        try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeFieldName("parties");
            json.writeValue(gen, world.parties);
            gen.writeFieldName("sources");
            json.writeValue(gen, world.sources);
            gen.writeFieldName("incidents");
            json.writeValue(gen, world.incidents);
            gen.writeArrayFieldStart("claims");
            for (long n = 0; n < claims; n++) {
                json.writeValue(gen, claim(n, world, random));
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("links");
            writeLinks(gen, json, world, new SplittableRandom(seed + 1));
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    private String key(long n) {
        return "synthetic/" + seed + "/" + n;
    }

    private NewClaim claim(long n, World world, SplittableRandom r) {
        World.Conflict c = world.conflicts.get((int) (n % conflicts));
        World.Speaker speaker = c.speakers.get(r.nextInt(c.speakers.size()));
        String subject = r.nextInt(4) == 0 ? c.forces[r.nextInt(2)] : c.sides[r.nextInt(2)];
        LocalDate statedOn = c.start.plusDays(r.nextInt(400));
        boolean incident = r.nextInt(10) < 3;
        NewIncident where = c.incidents.get(r.nextInt(c.incidents.size()));
        String place = where.location();
        String incidentSlug = incident ? where.slug() : null;
        int kind = r.nextInt(100);
        Category category;
        Metric metric;
        Population population = null;
        Equipment equipment = null;
        if (kind < 45) {
            category = Category.CASUALTY;
            metric = PEOPLE[r.nextInt(PEOPLE.length)];
            population = r.nextInt(3) == 0 ? Population.CIVILIAN : Population.MILITARY;
        } else if (kind < 70) {
            category = Category.EQUIPMENT_LOSS;
            metric = EQUIPMENT_METRICS[r.nextInt(EQUIPMENT_METRICS.length)];
            equipment = EQUIPMENT[r.nextInt(EQUIPMENT.length)];
        } else if (kind < 85) {
            category = Category.ALLEGATION;
            metric = Metric.ATTACKS;
            population = Population.CIVILIAN;
        } else if (kind < 95) {
            category = r.nextBoolean() ? Category.DISPLACEMENT : Category.DAMAGE;
            metric = category == Category.DISPLACEMENT ? Metric.DISPLACED : Metric.DAMAGED;
            population = category == Category.DISPLACEMENT ? Population.CIVILIAN : null;
        } else {
            category = Category.OTHER;
            metric = Metric.DEPLOYED;
            population = Population.MILITARY;
        }
        boolean allegation = category == Category.ALLEGATION;
        Quantity quantity = allegation && r.nextInt(3) > 0 ? null : quantity(r, metric);
        Stance stance = allegation && r.nextInt(5) == 0 ? Stance.DENIES : Stance.ASSERTS;
        String perpetrator = allegation || incident ? c.sides[r.nextInt(2)] : null;
        String figure = quantity == null ? "" : quantity.text() + " ";
        String statement = speaker.name + (stance == Stance.DENIES ? " denies that " : " says that ") + figure
                + describe(metric, equipment, population) + " of " + subject + (incident ? " in " + place : "")
                + " as of " + statedOn + ".";
        Citation citation = new Citation("Report " + (n % 9973) + " on the " + c.name + " conflict",
                "https://example.org/" + c.slug + "/reports/" + n, speaker.name, statedOn, "[" + (1 + n % 800) + "]",
                "\u201c" + statement + "\u201d, " + speaker.name + " said on " + statedOn + " in " + place + ".");
        return new NewClaim(key(n), speaker.slug, statedOn, null, statedOn, category, subject, null, population,
                metric, equipment, null, incidentSlug, incident ? place : null, quantity, stance, perpetrator,
                statement, null, null, List.of(citation));
    }

    private static Quantity quantity(SplittableRandom r, Metric metric) {
        long n = Math.max(1, (long) Math.exp(r.nextDouble() * Math.log(metric == Metric.DISPLACED ? 500_000 : 20_000)));
        Qualifier q = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
        return switch (q) {
            case EXACT -> new Quantity(n, n, q, String.format("%,d", n));
            case ABOUT -> new Quantity(n, n, q, "about " + String.format("%,d", n));
            case AT_LEAST -> new Quantity(n, null, q, "at least " + String.format("%,d", n));
            case MORE_THAN -> new Quantity(n, null, q, "more than " + String.format("%,d", n));
            case AT_MOST -> new Quantity(null, n, q, "up to " + String.format("%,d", n));
            case LESS_THAN -> new Quantity(null, n, q, "fewer than " + String.format("%,d", n));
            case RANGE -> new Quantity(n, n * 2, q, String.format("%,d-%,d", n, n * 2));
        };
    }

    private static String describe(Metric metric, Equipment equipment, Population population) {
        String what = equipment != null ? equipment.wire().replace('-', ' ') + "s"
                : population == Population.CIVILIAN ? "civilians" : "soldiers";
        return what + " " + metric.wire().replace('-', ' ');
    }

    /** About three links for every ten claims, between claims of the same conflict written close together. */
    private void writeLinks(JsonGenerator gen, ObjectMapper json, World world, SplittableRandom r) throws IOException {
        LinkType[] types = {LinkType.CORROBORATES, LinkType.CORROBORATES, LinkType.CONTRADICTS, LinkType.DERIVED_FROM,
                LinkType.DENIES};
        for (long n = conflicts * 3L; n < claims; n += 1 + r.nextInt(6)) {
            long other = n - conflicts * (1L + r.nextInt(3));
            LinkType type = types[r.nextInt(types.length)];
            json.writeValue(gen, new ImportBatch.Link(key(n), key(other), type, null));
        }
    }

    /** The parties and sources of the synthetic conflicts. */
    private static final class World {
        final List<NewParty> parties = new ArrayList<>();
        final List<NewSource> sources = new ArrayList<>();
        final List<NewIncident> incidents = new ArrayList<>();
        final Set<String> incidentSlugs = new HashSet<>();
        final List<Conflict> conflicts = new ArrayList<>();

        record Speaker(String slug, String name) {
        }

        record Conflict(String slug, String name, String[] sides, String[] forces, LocalDate start,
                        List<Speaker> speakers, List<NewIncident> incidents) {
        }

        /** A conflict's incidents: a place and a day in its first 400 days, with a title as a curator writes it. */
        List<NewIncident> incidents(LocalDate start, SplittableRandom r) {
            List<NewIncident> list = new ArrayList<>();
            while (list.size() < INCIDENTS) {
                String place = PLACES[r.nextInt(PLACES.length)] + (1 + r.nextInt(40));
                LocalDate day = start.plusDays(r.nextInt(400));
                String slug = place.toLowerCase() + "-" + day;
                if (incidentSlugs.add(slug)) {
                    NewIncident incident = new NewIncident(slug, "Shelling of " + place + ", " + day, null, place,
                            day, day, null);
                    list.add(incident);
                    incidents.add(incident);
                }
            }
            return list;
        }

        static World of(int count, SplittableRandom r) {
            World w = new World();
            List<Speaker> independents = new ArrayList<>();
            String[] kinds = {"ngo", "monitor", "osint", "media", "research"};
            for (int i = 0; i < 60; i++) {
                String slug = "indep-" + kinds[i % kinds.length] + "-" + i;
                w.sources.add(new NewSource(slug, "Independent " + kinds[i % kinds.length] + " " + i,
                        org.claimledger.common.WireEnum.parse(SourceKind.class, kinds[i % kinds.length], "kind"),
                        null, "https://example.org/" + slug, null));
                independents.add(new Speaker(slug, "Independent " + kinds[i % kinds.length] + " " + i));
            }
            for (int c = 0; c < count; c++) {
                String slug = "conflict" + c;
                String[] sides = {slug + "-north", slug + "-south"};
                String[] forces = {slug + "-north-militia", slug + "-south-volunteers"};
                List<Speaker> speakers = new ArrayList<>(independents.subList(c % 6 * 10, c % 6 * 10 + 10));
                for (int s = 0; s < 2; s++) {
                    w.parties.add(new NewParty(sides[s], "Synthetic " + sides[s], null, sides[s], null));
                    w.parties.add(new NewParty(forces[s], "Synthetic " + forces[s], sides[s], null, null));
                    for (String office : new String[] {"mod", "gov", "ombudsman", "media"}) {
                        String source = sides[s] + "-" + office;
                        w.sources.add(new NewSource(source, "Synthetic " + source, office.equals("mod")
                                ? SourceKind.MILITARY : office.equals("media") ? SourceKind.MEDIA : SourceKind.GOVERNMENT,
                                sides[s], null, null));
                        speakers.add(new Speaker(source, "Synthetic " + source));
                    }
                }
                LocalDate start = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(2500));
                w.conflicts.add(new Conflict(slug, "Synthetic " + c, sides, forces, start, speakers,
                        w.incidents(start, r)));
            }
            return w;
        }
    }
}
