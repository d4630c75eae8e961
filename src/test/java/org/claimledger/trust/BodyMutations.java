package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.support.Gen;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.claimledger.trust.HostileValues.ABSENT;
import static org.claimledger.trust.HostileValues.NODES;
import static org.claimledger.trust.HostileValues.anything;
import static org.claimledger.trust.HostileValues.blank;
import static org.claimledger.trust.HostileValues.futureDate;
import static org.claimledger.trust.HostileValues.notACount;
import static org.claimledger.trust.HostileValues.notADateValue;
import static org.claimledger.trust.HostileValues.notAList;
import static org.claimledger.trust.HostileValues.notASlug;
import static org.claimledger.trust.HostileValues.notAString;
import static org.claimledger.trust.HostileValues.notAnEnum;
import static org.claimledger.trust.HostileValues.notAnObject;
import static org.claimledger.trust.HostileValues.text;
import static org.claimledger.trust.HostileValues.textNode;
import static org.claimledger.trust.HostileValues.tooLong;
import static org.claimledger.trust.HostileValues.withNul;

/**
 * Changes to a valid JSON body, each of which breaks one documented rule of the API (a required field,
 * a type, a size, a pattern, a reference, a rule between fields). Applied to a body the service
 * accepts unchanged, each must turn it into one the service refuses.
 */
final class BodyMutations {
    static final Pattern KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/-]*$");
    static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final List<String> SERVER_OWNED = List.of("id", "revision", "status", "createdAt", "createdBy",
            "recordedAt", "recordedBy", "retractionReason", "revisionReason");

    /** A named change to a body. */
    record Mutation(String name, UnaryOperator<JsonNode> apply) {
        Mutation under(String prefix) {
            return new Mutation(name.replace("set /", "set " + prefix + "/"), body -> {
                JsonNode changed = apply.apply(body.at(prefix));
                return BadRequest.with(body, prefix, changed);
            });
        }
    }

    private BodyMutations() {
    }

    static Gen<Mutation> set(String pointer, Gen<JsonNode> values) {
        return values.map(v -> new Mutation("set " + pointer + (v.isMissingNode() ? " absent" : ""),
                body -> BadRequest.with(body, pointer, v)));
    }

    static Gen<JsonNode> absentOrNull() {
        return Gen.of(ABSENT, NODES.nullNode());
    }

    /** Fields no client may send: the server's own, and names the API does not know. */
    static Gen<Mutation> extraField() {
        Gen<String> names = Gen.oneOf(Gen.of(SERVER_OWNED),
                Gen.strings(Gen.letters(), 1, 10).map(s -> "x-" + s));
        return names.flatMap(name -> set("/" + name, anything()));
    }

    /** Every rule of a claim; each mutation breaks exactly one. */
    static Gen<Mutation> claim() {
        return Gen.oneOf(List.of(
                set("/source", Gen.oneOf(absentOrNull(), textNode(notASlug()), textNode(tooLong(65)),
                        notAString())),
                set("/statedOn", Gen.oneOf(absentOrNull(), notADateValue(), textNode(futureDate()))),
                set("/from", notADateValue()),
                set("/asOf", notADateValue()),
                Gen.just(new Mutation("from after asOf", body -> BadRequest.with(
                        BadRequest.with(body, "/from", NODES.textNode("2020-11-10")), "/asOf", NODES.textNode("2020-09-27")))),
                set("/category", Gen.oneOf(absentOrNull(), notAnEnum())),
                set("/metric", Gen.oneOf(absentOrNull(), notAnEnum())),
                set("/population", notAnEnum()),
                set("/equipment", notAnEnum()),
                set("/stance", notAnEnum()),
                set("/subject", Gen.oneOf(textNode(notASlug()), textNode(tooLong(65)), notAString())),
                set("/perpetrator", Gen.oneOf(textNode(notASlug()), textNode(tooLong(65)), notAString())),
                set("/alsoCounts", Gen.oneOf(notAList(), list(textNode(blank()), 1),
                        list(textNode(notASlug()), 1), Gen.just(NODES.arrayNode().add(NODES.nullNode())))),
                set("/object", Gen.oneOf(textNode(notASlug()), textNode(tooLong(65)), notAString())),
                set("/incident", Gen.oneOf(textNode(notASlug()), textNode(tooLong(101)), notAString())),
                set("/location", Gen.oneOf(textNode(tooLong(201)), notAString())),
                set("/quantity", Gen.oneOf(notAnObject(), inconsistentQuantity(), notACountIn("exact"),
                        notACountIn("at-least"), notACountIn("at-most"))),
                set("/quantity/qualifier", Gen.oneOf(absentOrNull(), notAnEnum())),
                set("/quantity/text", Gen.oneOf(textNode(tooLong(201)), notAString())),
                set("/statement", Gen.oneOf(absentOrNull(), textNode(blank()), textNode(tooLong(4001)),
                        notAString())),
                set("/note", Gen.oneOf(textNode(tooLong(2001)), notAString())),
                set("/statement", textNode(withNul())),
                set("/location", textNode(withNul())),
                set("/citations/0/quote", textNode(withNul())),
                set("/citations", Gen.oneOf(absentOrNull(), notAList(), Gen.just(NODES.arrayNode()),
                        Gen.just(NODES.arrayNode().add(NODES.nullNode())),
                        Gen.just(NODES.arrayNode().add(NODES.objectNode())),
                        text().map(q -> NODES.arrayNode().add(NODES.objectNode().put("quote", q))),
                        Gen.integers(21, 40).map(BodyMutations::citations))),
                set("/citations/0", notAnObject()),
                set("/citations/0/url", Gen.oneOf(textNode(notAUrl()), notAString())),
                set("/citations/0/title", Gen.oneOf(textNode(tooLong(501)), notAString())),
                set("/citations/0/publisher", textNode(tooLong(201))),
                set("/citations/0/reference", textNode(tooLong(101))),
                set("/citations/0/quote", textNode(tooLong(4001))),
                set("/citations/0/publishedOn", notADateValue()),
                set("/key", Gen.oneOf(textNode(notAKey()), textNode(tooLong(201)), notAString())),
                extraField(),
                extraField().map(m -> m.under("/quantity")),
                extraField().map(m -> m.under("/citations/0"))));
    }

    /** A quantity whose qualifier does not fit its ends. */
    static Gen<JsonNode> inconsistentQuantity() {
        return Gen.of(
                quantity(900L, 100L, "range"), quantity(5000L, 6000L, "more-than"), quantity(5L, null, "exact"),
                quantity(null, 5L, "range"), quantity(5L, 5L, "range"), quantity(5L, 6L, "exact"),
                quantity(null, null, "about"), quantity(1L, 2L, null), quantity(5L, null, "at-most"),
                quantity(null, 5L, "at-least"), quantity(5L, 9L, "less-than"));
    }

    /** A quantity that would be consistent if its figure were a whole number of at least zero. */
    static Gen<JsonNode> notACountIn(String qualifier) {
        return notACount().map(n -> {
            ObjectNode q = NODES.objectNode().put("qualifier", qualifier);
            if (!qualifier.equals("at-most")) {
                q.set("low", n);
            }
            if (!qualifier.equals("at-least")) {
                q.set("high", n);
            }
            return q;
        });
    }

    private static JsonNode quantity(Long low, Long high, String qualifier) {
        ObjectNode q = NODES.objectNode();
        if (low != null) {
            q.put("low", low);
        }
        if (high != null) {
            q.put("high", high);
        }
        if (qualifier != null) {
            q.put("qualifier", qualifier);
        }
        return q;
    }

    private static JsonNode citations(int count) {
        ArrayNode citations = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            citations.add(NODES.objectNode().put("title", "Report " + i));
        }
        return citations;
    }

    private static Gen<JsonNode> list(Gen<JsonNode> element, int size) {
        return element.list(size).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
    }

    static Gen<String> notAKey() {
        return Gen.oneOf(text().filter(s -> !KEY.matcher(s).matches()),
                Gen.of("-leading-hyphen", ".dot", "with space", "tab\tinside", "ключ/1", "a\\b"));
    }

    static Gen<String> notAUrl() {
        return Gen.oneOf(text().filter(s -> !URL.matcher(s).matches()),
                Gen.of("ftp://example.org/x", "http://", "https://a b", "//example.org", "www.example.org",
                        "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"));
    }

    static Gen<String> notAUuid() {
        return text().filter(s -> {
            try {
                UUID.fromString(s);
                return false;
            } catch (IllegalArgumentException e) {
                return true;
            }
        });
    }

    /** Every rule of a source. */
    static Gen<Mutation> source() {
        return Gen.oneOf(List.of(
                set("/slug", Gen.oneOf(absentOrNull(), textNode(notASlug()), textNode(tooLong(65)),
                        notAString())),
                set("/name", Gen.oneOf(absentOrNull(), textNode(blank()), textNode(tooLong(201)),
                        notAString())),
                set("/kind", Gen.oneOf(absentOrNull(), notAnEnum())),
                set("/party", Gen.oneOf(textNode(notASlug()), textNode(tooLong(65)), notAString())),
                set("/homepage", Gen.oneOf(textNode(notAUrl()),
                        tooLong(2001).map(s -> (JsonNode) NODES.textNode("https://" + s)), notAString())),
                set("/description", Gen.oneOf(textNode(tooLong(4001)), notAString(), textNode(withNul()))),
                extraField()));
    }

    /** Every rule of a party. */
    static Gen<Mutation> party() {
        return Gen.oneOf(List.of(
                set("/slug", Gen.oneOf(absentOrNull(), textNode(notASlug()), textNode(tooLong(65)),
                        notAString())),
                set("/name", Gen.oneOf(absentOrNull(), textNode(blank()), textNode(tooLong(201)),
                        notAString())),
                set("/parent", Gen.oneOf(textNode(notASlug()), textNode(tooLong(65)), notAString())),
                set("/side", Gen.oneOf(textNode(notASlug()), textNode(tooLong(65)), notAString())),
                set("/description", Gen.oneOf(textNode(tooLong(2001)), notAString())),
                extraField()));
    }

    /** Every rule of a link in a request body; {@code self} is the claim the link starts from. */
    static Gen<Mutation> link(String self) {
        return Gen.oneOf(List.of(
                set("/target", Gen.oneOf(absentOrNull(), textNode(notAUuid()),
                        Gen.uuids().map(u -> (JsonNode) NODES.textNode(u.toString())),
                        Gen.just(NODES.textNode(self)), notAString())),
                set("/type", Gen.oneOf(absentOrNull(), notAnEnum())),
                set("/note", Gen.oneOf(textNode(tooLong(2001)), notAString())),
                extraField()));
    }
}
