package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimledger.support.Gen;

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

    private static Gen<String> tags() {
        return Gen.strings(Gen.chars('a', 'z'), 12, 12);
    }

    static Gen<BadRequest> json(Fixtures f) {
        String endpoint = "POST /api/v1/imports (JSON)";
        Gen<BodyMutations.Mutation> mutations = Gen.frequency(
                Gen.weighted(6, BodyMutations.claim().flatMap(m -> Gen.of(m.under("/claims/0"), m.under("/claims/1")))),
                Gen.weighted(2, BodyMutations.source().map(m -> m.under("/sources/0"))),
                Gen.weighted(2, link()),
                Gen.weighted(1, structure()));
        Gen<BadRequest> mutated = Gen.combine(tags(), mutations, (tag, m) ->
                BadRequest.json(endpoint, m.name(), "POST", PATH, f.editor(), m.apply().apply(f.batch(tag)), INVALID));
        Gen<BadRequest> sourcesLate = tags().map(tag -> {
            JsonNode batch = f.batch(tag);
            String late = "{\"claims\":" + batch.get("claims") + ",\"sources\":" + batch.get("sources") + "}";
            return raw(endpoint, "sources after claims", "POST", PATH, f.editor(), "application/json", utf8(late), INVALID);
        });
        Gen<BadRequest> malformed = tags().flatMap(tag ->
                BadWrites.malformed(endpoint, "POST", PATH, f.editor(), f.batch(tag)));
        return Gen.frequency(Gen.weighted(12, mutated), Gen.weighted(1, sourcesLate), Gen.weighted(3, malformed));
    }

    private static Gen<BodyMutations.Mutation> link() {
        return Gen.oneOf(List.of(
                set("/links/0/from", Gen.oneOf(absentOrNull(), textNode(text()), textNode(tooLong(201)))),
                set("/links/0/to", Gen.oneOf(absentOrNull(), textNode(text()))),
                set("/links/0/type", Gen.oneOf(absentOrNull(), notAnEnum())),
                set("/links/0/note", textNode(tooLong(2001))),
                Gen.just(new BodyMutations.Mutation("self link", body ->
                        BadRequest.with(body, "/links/0/to", body.at("/links/0/from")))),
                BodyMutations.extraField().map(m -> m.under("/links/0"))));
    }

    private static Gen<BodyMutations.Mutation> structure() {
        return Gen.oneOf(List.of(
                Gen.just(new BodyMutations.Mutation("a key twice", body ->
                        BadRequest.with(body, "/claims/1/key", body.at("/claims/0/key")))),
                set("/claims", notAList()), set("/sources", notAList()), set("/links", notAList()),
                set("/parties", notAList()),
                Gen.strings(Gen.letters(), 1, 8).flatMap(name ->
                        set("/x-" + name, HostileValues.anything())),
                set("/claims/0", HostileValues.notAnObject())));
    }

    static Gen<BadRequest> csv(Fixtures f) {
        String endpoint = "POST /api/v1/imports (CSV)";
        Gen<BadRequest> cells = Gen.combine(tags(), cell(), (tag, change) -> {
            Map<String, String> row = f.csvRow(tag);
            return csvRequest(endpoint, change.name(), f, change.apply().apply(row));
        });
        Gen<BadRequest> headers = Gen.combine(tags(), Gen.of("unknown column", "no statement column",
                "a column twice", "no header"), (tag, defect) -> {
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
        Gen<BadRequest> garbage = Gen.oneOf(
                Gen.bytes(1, 300),
                Gen.of("", "\"unclosed", "key,source\n\"a,b", "\n\n\n").map(BadRequest::utf8))
                .map(body -> raw(endpoint, "not CSV", "POST", PATH, f.editor(), "text/csv", body, INVALID));
        return Gen.frequency(Gen.weighted(10, cells), Gen.weighted(2, headers), Gen.weighted(2, garbage));
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
        static Gen<CellChange> set(String column, Gen<String> values) {
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
    private static Gen<CellChange> cell() {
        Gen<String> notAWord = present(HostileValues.notAWord()).filter(s -> !SLUG.matcher(s.trim()).matches());
        Gen<String> notANumber = present(text()).filter(s -> !isLong(s));
        return Gen.oneOf(List.of(
                CellChange.set("statedOn", Gen.oneOf(HostileValues.notADate(), HostileValues.futureDate(),
                        HostileValues.blank())),
                CellChange.set("from", present(HostileValues.notADate())),
                CellChange.set("category", Gen.oneOf(notAWord, HostileValues.blank())),
                CellChange.set("metric", Gen.oneOf(notAWord, HostileValues.blank())),
                CellChange.set("population", notAWord),
                CellChange.set("qualifier", notAWord),
                Gen.oneOf(notANumber, Gen.of("-5", "1.5", "99999999999999999999", "1e3", "0x2A"))
                        .map(n -> new CellChange("set low and high", row -> {
                            Map<String, String> changed = new LinkedHashMap<>(row);
                            changed.put("low", n);
                            changed.put("high", n);
                            return changed;
                        })),
                CellChange.set("source", Gen.oneOf(HostileValues.blank(),
                        present(HostileValues.notASlug()).filter(s -> !SLUG.matcher(s.trim()).matches()))),
                CellChange.set("subject", present(HostileValues.notASlug()).filter(s -> !SLUG.matcher(s.trim()).matches())),
                CellChange.set("key", present(BodyMutations.notAKey()).filter(s -> !BodyMutations.KEY.matcher(s.trim())
                        .matches())),
                CellChange.set("statement", Gen.oneOf(HostileValues.blank(), tooLong(4001))),
                CellChange.set("citationTitle", HostileValues.blank()),
                CellChange.set("citationUrl", present(BodyMutations.notAUrl()).filter(s -> !BodyMutations.URL.matcher(
                        s.trim()).matches())),
                CellChange.set("citationsJson", present(text()).filter(s -> !s.trim().startsWith("[")))));
    }

    private static Gen<String> present(Gen<String> values) {
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
