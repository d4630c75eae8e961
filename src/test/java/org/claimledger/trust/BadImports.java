package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.claimledger.trust.BadRequest.json;
import static org.claimledger.trust.BadRequest.raw;
import static org.claimledger.trust.BadRequest.utf8;
import static org.claimledger.trust.BodyMutations.absentOrNull;
import static org.claimledger.trust.BodyMutations.set;
import static org.claimledger.trust.HostileValues.NODES;
import static org.claimledger.trust.HostileValues.notAList;
import static org.claimledger.trust.HostileValues.notAnEnum;
import static org.claimledger.trust.HostileValues.text;
import static org.claimledger.trust.HostileValues.textNode;
import static org.claimledger.trust.HostileValues.tooLong;

/** Imports that must be refused as a whole: one bad record anywhere, or a body that is no batch. */
final class BadImports {
    private static final String PATH = "/api/v1/imports";
    private static final Set<Integer> INVALID = Set.of(400);
    private static final Pattern SLUG = Pattern.compile(org.claimledger.common.Slugs.PATTERN);

    private BadImports() {
    }

    private static Arbitrary<String> tags() {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(12);
    }

    static Arbitrary<BadRequest> json(Fixtures f) {
        String endpoint = "POST /api/v1/imports (JSON)";
        Arbitrary<BodyMutations.Mutation> mutations = Arbitraries.frequencyOf(
                Tuple.of(6, BodyMutations.claim().flatMap(m -> Arbitraries.of(m.under("/claims/0"), m.under("/claims/1")))),
                Tuple.of(2, BodyMutations.source().map(m -> m.under("/sources/0"))),
                Tuple.of(2, link()),
                Tuple.of(1, structure()));
        Arbitrary<BadRequest> mutated = Combinators.combine(tags(), mutations).as((tag, m) ->
                BadRequest.json(endpoint, m.name(), "POST", PATH, f.editor(), m.apply().apply(f.batch(tag)), INVALID));
        Arbitrary<BadRequest> sourcesLate = tags().map(tag -> {
            JsonNode batch = f.batch(tag);
            String late = "{\"claims\":" + batch.get("claims") + ",\"sources\":" + batch.get("sources") + "}";
            return raw(endpoint, "sources after claims", "POST", PATH, f.editor(), "application/json", utf8(late), INVALID);
        });
        Arbitrary<BadRequest> malformed = tags().flatMap(tag ->
                BadWrites.malformed(endpoint, "POST", PATH, f.editor(), f.batch(tag)));
        return Arbitraries.frequencyOf(Tuple.of(12, mutated), Tuple.of(1, sourcesLate), Tuple.of(3, malformed));
    }

    private static Arbitrary<BodyMutations.Mutation> link() {
        return Arbitraries.oneOf(List.of(
                set("/links/0/from", Arbitraries.oneOf(absentOrNull(), textNode(text()), textNode(tooLong(201)))),
                set("/links/0/to", Arbitraries.oneOf(absentOrNull(), textNode(text()))),
                set("/links/0/type", Arbitraries.oneOf(absentOrNull(), notAnEnum())),
                set("/links/0/note", textNode(tooLong(2001))),
                Arbitraries.just(new BodyMutations.Mutation("self link", body ->
                        BadRequest.with(body, "/links/0/to", body.at("/links/0/from")))),
                BodyMutations.extraField().map(m -> m.under("/links/0"))));
    }

    private static Arbitrary<BodyMutations.Mutation> structure() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.just(new BodyMutations.Mutation("a key twice", body ->
                        BadRequest.with(body, "/claims/1/key", body.at("/claims/0/key")))),
                set("/claims", notAList()), set("/sources", notAList()), set("/links", notAList()),
                set("/parties", notAList()),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).flatMap(name ->
                        set("/x-" + name, HostileValues.anything())),
                set("/claims/0", HostileValues.notAnObject())));
    }

    static Arbitrary<BadRequest> csv(Fixtures f) {
        String endpoint = "POST /api/v1/imports (CSV)";
        Arbitrary<BadRequest> cells = Combinators.combine(tags(), cell()).as((tag, change) -> {
            Map<String, String> row = f.csvRow(tag);
            return csvRequest(endpoint, change.name(), f, change.apply().apply(row));
        });
        Arbitrary<BadRequest> headers = Combinators.combine(tags(), Arbitraries.of("unknown column", "no statement column",
                "a column twice", "no header")).as((tag, defect) -> {
            Map<String, String> row = f.csvRow(tag);
            List<String> names = new ArrayList<>(row.keySet());
            List<String> values = new ArrayList<>(row.values());
            switch (defect) {
                case "unknown column" -> {
                    names.add("verified");
                    values.add("true");
                }
                case "no statement column" -> {
                    values.remove(names.indexOf("statement"));
                    names.remove("statement");
                }
                case "a column twice" -> {
                    names.add("key");
                    values.add("fuzz-csv/" + tag + "/again");
                }
                default -> names = values;
            }
            return raw(endpoint, defect, "POST", PATH, f.editor(), "text/csv", utf8(print(names) + print(values)), INVALID);
        });
        Arbitrary<BadRequest> garbage = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300),
                Arbitraries.of("", "\"unclosed", "key,source\n\"a,b", "\n\n\n").map(BadRequest::utf8))
                .map(body -> raw(endpoint, "not CSV", "POST", PATH, f.editor(), "text/csv", body, INVALID));
        return Arbitraries.frequencyOf(Tuple.of(10, cells), Tuple.of(2, headers), Tuple.of(2, garbage));
    }

    private static BadRequest csvRequest(String endpoint, String defect, Fixtures f, Map<String, String> row) {
        return raw(endpoint, defect, "POST", PATH, f.editor(), "text/csv", utf8(csv(row)), INVALID);
    }

    /** A header line naming the row's columns, then the row. */
    static String csv(Map<String, String> row) {
        return print(new ArrayList<>(row.keySet())) + print(new ArrayList<>(row.values()));
    }

    private static String print(List<String> values) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A named change to one CSV row. */
    record CellChange(String name, UnaryOperator<Map<String, String>> apply) {
        static Arbitrary<CellChange> set(String column, Arbitrary<String> values) {
            return values.map(v -> new CellChange("set " + column, row -> {
                Map<String, String> changed = new LinkedHashMap<>(row);
                changed.put(column, v);
                return changed;
            }));
        }
    }

    /**
     * Cells are trimmed by the reader (as String.trim does, so a lone control character is an empty
     * cell, which is no value), so every bad value must still be a bad value once trimmed.
     */
    private static Arbitrary<CellChange> cell() {
        Arbitrary<String> notAWord = present(HostileValues.notAWord()).filter(s -> !SLUG.matcher(s.trim()).matches());
        Arbitrary<String> notANumber = present(text()).filter(s -> !isLong(s));
        return Arbitraries.oneOf(List.of(
                CellChange.set("statedOn", Arbitraries.oneOf(HostileValues.notADate(), HostileValues.futureDate(),
                        HostileValues.blank())),
                CellChange.set("from", present(HostileValues.notADate())),
                CellChange.set("category", Arbitraries.oneOf(notAWord, HostileValues.blank())),
                CellChange.set("metric", Arbitraries.oneOf(notAWord, HostileValues.blank())),
                CellChange.set("population", notAWord),
                CellChange.set("qualifier", notAWord),
                Arbitraries.oneOf(notANumber, Arbitraries.of("-5", "1.5", "99999999999999999999", "1e3", "0x2A"))
                        .map(n -> new CellChange("set low and high", row -> {
                            Map<String, String> changed = new LinkedHashMap<>(row);
                            changed.put("low", n);
                            changed.put("high", n);
                            return changed;
                        })),
                CellChange.set("source", Arbitraries.oneOf(HostileValues.blank(),
                        present(HostileValues.notASlug()).filter(s -> !SLUG.matcher(s.trim()).matches()))),
                CellChange.set("subject", present(HostileValues.notASlug()).filter(s -> !SLUG.matcher(s.trim()).matches())),
                CellChange.set("key", present(BodyMutations.notAKey()).filter(s -> !BodyMutations.KEY.matcher(s.trim())
                        .matches())),
                CellChange.set("statement", Arbitraries.oneOf(HostileValues.blank(), tooLong(4001))),
                CellChange.set("citationTitle", HostileValues.blank()),
                CellChange.set("citationUrl", present(BodyMutations.notAUrl()).filter(s -> !BodyMutations.URL.matcher(
                        s.trim()).matches())),
                CellChange.set("citationsJson", present(text()).filter(s -> !s.trim().startsWith("[")))));
    }

    private static Arbitrary<String> present(Arbitrary<String> values) {
        return values.filter(s -> !s.trim().isEmpty());
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s.trim().replace(",", "").replace("_", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
