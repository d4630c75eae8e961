package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.support.Api;
import org.claimledger.support.Http;

import java.util.List;
import java.util.Map;

import static org.claimledger.trust.HostileValues.NODES;

/**
 * What the fuzz test's requests refer to, made before anything is counted: tokens, a party and a
 * source, a claim to edit, a link to retract, a claim of another source, a source to edit, and a pool
 * of claims to link to. The base bodies built here are valid; the test proves it by sending each once.
 */
record Fixtures(String editor, String admin, String side, String source, String claim, String linkFrom,
                String linkTo, String link, String otherSourceClaim, String editableSource, List<String> pool) {

    JsonNode claimBody() {
        ObjectNode claim = Http.JSON.valueToTree(Api.claim(source, side, 42));
        return claim.put("note", "the base of a fuzzed claim");
    }

    static JsonNode sourceBody(String slug, String party) {
        return NODES.objectNode().put("slug", slug).put("name", "Fuzz source " + slug).put("kind", "ngo")
                .put("party", party).put("homepage", "https://example.org/" + slug)
                .put("description", "A source made by the fuzz test");
    }

    JsonNode sourceBody(String slug) {
        return sourceBody(slug, side);
    }

    JsonNode partyBody(String slug) {
        return NODES.objectNode().put("slug", slug).put("name", "Fuzz party " + slug).put("side", side)
                .put("description", "A party made by the fuzz test");
    }

    static JsonNode linkBody(String target) {
        return NODES.objectNode().put("target", target).put("type", "corroborates").put("note", "fuzz");
    }

    /**
     * An import that repeats the fixture source unchanged (an editor may; creating or changing a source
     * through an import needs an admin), two claims keyed fuzz/{tag}/1 and /2, and a link between them.
     */
    JsonNode batch(String tag) {
        ObjectNode first = (ObjectNode) claimBody();
        first.put("key", "fuzz/" + tag + "/1");
        ObjectNode second = (ObjectNode) claimBody();
        second.put("key", "fuzz/" + tag + "/2").put("statement", "A second claim " + tag);
        ObjectNode batch = NODES.objectNode();
        batch.putArray("sources").add(storedSource());
        batch.putArray("claims").add(first).add(second);
        batch.putArray("links").add(NODES.objectNode().put("from", "fuzz/" + tag + "/2").put("to", "fuzz/" + tag + "/1")
                .put("type", "corroborates"));
        return batch;
    }

    /** The fixture source as stored: Api.createSource(source, "media", side) made it. */
    private JsonNode storedSource() {
        return NODES.objectNode().put("slug", source).put("name", "Source " + source).put("kind", "media")
                .put("party", side);
    }

    /** One CSV claim row of the existing source, keyed fuzz-csv/{tag}, by column. */
    Map<String, String> csvRow(String tag) {
        return new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("key", "fuzz-csv/" + tag), Map.entry("source", source), Map.entry("statedOn", "2020-10-28"),
                Map.entry("category", "casualty"), Map.entry("subject", side), Map.entry("population", "military"),
                Map.entry("metric", "killed"), Map.entry("low", "42"), Map.entry("high", "42"),
                Map.entry("qualifier", "exact"), Map.entry("statement", "Forty-two killed, says " + tag),
                Map.entry("citationTitle", "A report"), Map.entry("citationReference", "[1]")));
    }
}
