package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.support.Gen;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.claimledger.trust.BadRequest.bytes;
import static org.claimledger.trust.BadRequest.json;
import static org.claimledger.trust.BadRequest.raw;
import static org.claimledger.trust.BadRequest.utf8;
import static org.claimledger.trust.HostileValues.NODES;
import static org.claimledger.trust.HostileValues.text;

/** Refusable writes of claims and links, and the malformed bodies, headers and sizes any write may get. */
final class BadWrites {
    private static final Set<Integer> INVALID = Set.of(400);

    private BadWrites() {
    }

    static Gen<BadRequest> claimPosts(Fixtures f) {
        String endpoint = "POST /api/v1/claims";
        JsonNode base = f.claimBody();
        Gen<BadRequest> mutated = BodyMutations.claim().map(m ->
                json(endpoint, m.name(), "POST", "/api/v1/claims", f.editor(), m.apply().apply(base), INVALID));
        Gen<BadRequest> existingKey = Gen.of("karabakh-2020/casualties/am-mod-001").map(key ->
                json(endpoint, "key of a stored claim", "POST", "/api/v1/claims", f.editor(),
                        BadRequest.with(base, "/key", NODES.textNode(key)), Set.of(409)));
        return Gen.frequency(Gen.weighted(20, mutated), Gen.weighted(1, existingKey),
                Gen.weighted(4, malformed(endpoint, "POST", "/api/v1/claims", f.editor(), base)));
    }

    static Gen<BadRequest> claimPuts(Fixtures f) {
        String endpoint = "PUT /api/v1/claims/{id}";
        String path = "/api/v1/claims/" + f.claim();
        JsonNode base = f.claimBody();
        byte[] valid = bytes(base);
        Gen<BadRequest> mutated = BodyMutations.claim().map(m ->
                json(endpoint, m.name(), "PUT", path, f.editor(), m.apply().apply(base), INVALID)
                        .header("If-Match", "\"1\""));
        Gen<BadRequest> changedKey = Gen.strings(Gen.letters(), 1, 20).map(key ->
                json(endpoint, "a key for a claim without one", "PUT", path, f.editor(),
                        BadRequest.with(base, "/key", NODES.textNode(key)), INVALID).header("If-Match", "\"1\""));
        Gen<BadRequest> preconditions = badIfMatch().map(tag ->
                raw(endpoint, "If-Match " + tag, "PUT", path, f.editor(), "application/json", valid,
                        Set.of(tag.isBlank() ? 428 : 412)).header("If-Match", tag));
        Gen<BadRequest> noPrecondition = Gen.just(
                raw(endpoint, "no If-Match", "PUT", path, f.editor(), "application/json", valid, Set.of(428)));
        Gen<BadRequest> longReason = HostileValues.tooLong(501).map(reason ->
                raw(endpoint, "reason over 500", "PUT", path + "?reason=" + reason, f.editor(), "application/json",
                        valid, INVALID).header("If-Match", "\"1\""));
        Gen<BadRequest> unknown = badId().map(id ->
                raw(endpoint, "unknown id", "PUT", "/api/v1/claims/" + id, f.editor(), "application/json", valid,
                        Set.of(404)).header("If-Match", "*"));
        return Gen.frequency(Gen.weighted(12, mutated), Gen.weighted(1, changedKey),
                Gen.weighted(4, preconditions), Gen.weighted(1, noPrecondition),
                Gen.weighted(1, longReason), Gen.weighted(2, unknown),
                Gen.weighted(2, malformed(endpoint, "PUT", path, f.editor(), base)
                        .map(r -> r.header("If-Match", "\"1\""))));
    }

    static Gen<BadRequest> claimDeletes(Fixtures f) {
        String endpoint = "DELETE /api/v1/claims/{id}";
        String path = "/api/v1/claims/" + f.claim();
        return retractions(endpoint, path, "/api/v1/claims/", f.editor());
    }

    static Gen<BadRequest> linkDeletes(Fixtures f) {
        String endpoint = "DELETE /api/v1/claims/{id}/links/{linkId}";
        String path = "/api/v1/claims/" + f.linkFrom() + "/links/" + f.link();
        Gen<BadRequest> otherClaims = Gen.just(raw(endpoint, "the link of another claim", "DELETE",
                "/api/v1/claims/" + f.claim() + "/links/" + f.link() + "?reason=wrong", f.editor(), null, null,
                Set.of(404)).header("If-Match", "\"1\""));
        return Gen.oneOf(retractions(endpoint, path, "/api/v1/claims/" + f.linkFrom() + "/links/", f.editor()),
                otherClaims);
    }

    /** A retraction that must be refused: a bad or missing If-Match, no reason, or no such thing. */
    private static Gen<BadRequest> retractions(String endpoint, String path, String parent, String token) {
        Gen<BadRequest> preconditions = badIfMatch().map(tag -> raw(endpoint, "If-Match " + tag, "DELETE",
                path + "?reason=duplicate", token, null, null, Set.of(tag.isBlank() ? 428 : 412)).header("If-Match", tag));
        Gen<BadRequest> noPrecondition = Gen.just(raw(endpoint, "no If-Match", "DELETE",
                path + "?reason=duplicate", token, null, null, Set.of(428)));
        Gen<BadRequest> noReason = Gen.of("", "?reason=", "?reason=%20%20", "?reason=%09").map(query ->
                raw(endpoint, "no reason", "DELETE", path + query, token, null, null, INVALID).header("If-Match", "\"1\""));
        Gen<BadRequest> longReason = HostileValues.tooLong(501).map(reason -> raw(endpoint, "reason over 500",
                "DELETE", path + "?reason=" + reason, token, null, null, INVALID).header("If-Match", "\"1\""));
        Gen<BadRequest> unknown = badId().map(id -> raw(endpoint, "unknown id", "DELETE",
                parent + id + "?reason=duplicate", token, null, null, Set.of(404)).header("If-Match", "*"));
        return Gen.oneOf(preconditions, noPrecondition, noReason, longReason, unknown);
    }

    static Gen<BadRequest> linkPosts(Fixtures f) {
        String endpoint = "POST /api/v1/claims/{id}/links";
        String path = "/api/v1/claims/" + f.linkFrom() + "/links";
        Gen<JsonNode> bases = Gen.of(f.pool()).map(Fixtures::linkBody);
        Gen<BadRequest> mutated = Gen.combine(bases, BodyMutations.link(f.linkFrom()), (base, m) ->
                json(endpoint, m.name(), "POST", path, f.editor(), m.apply().apply(base), INVALID));
        Gen<BadRequest> duplicate = Gen.just(json(endpoint, "the link exists", "POST", path, f.editor(),
                Fixtures.linkBody(f.linkTo()), Set.of(409)));
        Gen<BadRequest> acrossSources = Gen.just(json(endpoint, "supersedes across sources", "POST",
                path, f.editor(), BadRequest.with(Fixtures.linkBody(f.otherSourceClaim()), "/type",
                        NODES.textNode("supersedes")), INVALID));
        Gen<BadRequest> unknownClaim = Gen.combine(badId(), bases, (id, base) -> json(endpoint,
                "unknown claim", "POST", "/api/v1/claims/" + id + "/links", f.editor(), base, Set.of(404)));
        return Gen.frequency(Gen.weighted(12, mutated), Gen.weighted(1, duplicate),
                Gen.weighted(1, acrossSources), Gen.weighted(2, unknownClaim),
                Gen.weighted(3, bases.flatMap(base -> malformed(endpoint, "POST", path, f.editor(), base))));
    }

    /** Bodies that are not the JSON object the endpoint reads, derived from a valid one. */
    static Gen<BadRequest> malformed(String endpoint, String method, String path, String token, JsonNode valid) {
        byte[] bytes = bytes(valid);
        String text = new String(bytes, StandardCharsets.UTF_8);
        Function<String, Function<byte[], BadRequest>> as = defect -> body ->
                raw(endpoint, defect, method, path, token, "application/json", body, INVALID);
        return Gen.oneOf(List.of(
                Gen.integers(0, bytes.length - 1).map(n -> as.apply("cut short")
                        .apply(Arrays.copyOf(bytes, n))),
                Gen.of("[]", "null", "42", "\"a claim\"", "true", "[" + text + "]", "{}{}", "{\"\":}")
                        .map(s -> as.apply("not one object").apply(utf8(s))),
                Gen.bytes(1, 300)
                        .map(b -> as.apply("random bytes").apply(b)),
                Gen.integers(1, text.length() - 2).map(n -> {
                    byte[] broken = utf8(text.substring(0, n) + "\u00e9" + text.substring(n));
                    int at = text.substring(0, n).getBytes(StandardCharsets.UTF_8).length;
                    broken[at + 1] = (byte) 0x28;
                    return as.apply("invalid UTF-8").apply(broken);
                }),
                Gen.integers(1_001, 200_000).map(depth -> as.apply("nested " + depth + " deep")
                        .apply(utf8("[".repeat(depth)))),
                Gen.integers(1_001, 20_000).map(digits -> as.apply("a number of " + digits + " digits")
                        .apply(utf8(withNumber(text, "9".repeat(digits))))),
                Gen.of("/* comment */ ", "// comment\n", "\u0000").map(p -> as.apply("JSON with a comment")
                        .apply(utf8(p + text))),
                Gen.of(" x", "}", ",", "{}", " " + text).map(t -> as.apply("content after the object")
                        .apply(utf8(text + t))),
                Gen.just(as.apply("single quotes").apply(utf8(text.replace('"', '\'')))),
                Gen.of("NaN", "Infinity", "-Infinity", "0x2A", "042", "+42", ".5", "42.").map(n ->
                        as.apply("not a JSON number " + n).apply(utf8(withNumber(text, n)))),
                Gen.just(as.apply("empty body").apply(new byte[0]))));
    }

    /**
     * The body with a number literal in place of the figures of its claims ("low" and "high", kept
     * equal so a lenient reading would be a consistent claim) or, without figures, of its first text field.
     */
    private static String withNumber(String json, String number) {
        String changed = json.replaceAll("\"(low|high)\":42", "\"$1\":" + number);
        return changed.equals(json) ? json.replaceFirst("\"(note|kind|name)\":\"[^\"]*\"", "\"$1\":" + number) : changed;
    }

    /** Over the 1 MB cap of every body but imports. */
    static Gen<BadRequest> oversized(Fixtures f) {
        return Gen.integers(1_048_577, 1_400_000).flatMap(size -> Gen.of(
                json("POST /api/v1/claims", "body over 1 MB", "POST", "/api/v1/claims", f.editor(),
                        BadRequest.with(f.claimBody(), "/note", NODES.textNode("x".repeat(size))), Set.of(413)),
                json("PUT /api/v1/claims/{id}", "body over 1 MB", "PUT", "/api/v1/claims/" + f.claim(), f.editor(),
                        BadRequest.with(f.claimBody(), "/note", NODES.textNode("x".repeat(size))), Set.of(413))
                        .header("If-Match", "\"1\""),
                json("POST /api/v1/claims/{id}/links", "body over 1 MB", "POST", "/api/v1/claims/" + f.linkFrom()
                        + "/links", f.editor(), BadRequest.with(Fixtures.linkBody(f.pool().get(0)), "/note",
                        NODES.textNode("x".repeat(size))), Set.of(413)),
                json("POST /api/v1/sources", "body over 1 MB", "POST", "/api/v1/sources", f.admin(),
                        BadRequest.with(f.sourceBody("fz-oversized"), "/description", NODES.textNode("x".repeat(size))),
                        Set.of(413))));
    }

    /** Valid writes with a header that must get them refused. */
    static Gen<BadRequest> badHeaders(Fixtures f) {
        Gen<BadRequest> writes = Gen.oneOf(
                Gen.just(json("POST /api/v1/claims", "", "POST", "/api/v1/claims", f.editor(), f.claimBody(),
                        INVALID)),
                Gen.of(f.pool()).map(target -> json("POST /api/v1/claims/{id}/links", "", "POST",
                        "/api/v1/claims/" + f.linkFrom() + "/links", f.editor(), Fixtures.linkBody(target), INVALID)),
                Gen.strings(Gen.chars('a', 'z'), 12, 12).map(tag -> json("POST /api/v1/imports", "",
                        "POST", "/api/v1/imports", f.editor(), f.batch(tag), INVALID)));
        Gen<BadRequest> keys = Gen.combine(writes, badIdempotencyKey(), (w, key) -> new BadRequest(
                w.endpoint(), "Idempotency-Key " + key, w.method(), w.path(), w.headers(), w.body(), INVALID)
                .header("Idempotency-Key", key));
        Gen<BadRequest> types = Gen.combine(writes, Gen.of("text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
                "image/png", "text/html"), (w, type) -> new BadRequest(w.endpoint(), "Content-Type " + type,
                w.method(), w.path(), w.headers(), w.body(), Set.of(415)).header("Content-Type", type));
        Gen<BadRequest> tokens = Gen.combine(writes, Gen.oneOf(headerText().map(t -> "Bearer " + t),
                Gen.of("Basic dXNlcjpwYXNz", "Bearer", "Token " + f.editor(), "Bearer  " + f.editor() + "x",
                        "bearer" + f.editor())), (w, auth) -> new BadRequest(w.endpoint(), "Authorization " + auth,
                w.method(), w.path(), w.headers(), w.body(), Set.of(401)).header("Authorization", auth));
        return Gen.frequency(Gen.weighted(4, keys), Gen.weighted(2, types),
                Gen.weighted(2, tokens));
    }

    /**
     * Text an HTTP client sends unchanged in a header: printable ASCII (java.net.http turns any other
     * character into '?', which would make a refused value an accepted one).
     */
    static Gen<String> headerText() {
        return text().map(s -> s.chars().filter(c -> c >= 0x20 && c < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().trim());
    }

    /** If-Match values that name neither the current revision 1 nor any ("*"). */
    static Gen<String> badIfMatch() {
        return Gen.oneOf(headerText(), Gen.of("\"2\"", "W/\"1\"", "1", "\"01\"", "\"1 \"", "\"-1\"",
                "\"99999999999999999999\"", "\"1\"\"", "'1'", "\"2\", \"3\"")).filter(tag ->
                Arrays.stream(tag.split(",")).map(String::trim).noneMatch(t -> t.equals("*") || t.equals("\"1\"")));
    }

    /** Idempotency keys the service must refuse: over 200 characters, or with a space inside. */
    static Gen<String> badIdempotencyKey() {
        return Gen.oneOf(Gen.integers(201, 400).map("k"::repeat),
                headerText().filter(k -> !k.isEmpty() && !k.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)),
                Gen.of("key with spaces", "tab\there"));
    }

    /** A path segment that is no claim: not a UUID, or a UUID nobody stored. */
    static Gen<String> badId() {
        return Gen.oneOf(Gen.uuids().map(UUID::toString),
                BodyMutations.notAUuid().filter(s -> !s.isBlank() && !s.equals(".") && !s.equals(".."))
                        .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)));
    }
}
