package org.claimledger.trust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.Set;

import static org.claimledger.trust.BadRequest.bytes;
import static org.claimledger.trust.BadRequest.json;
import static org.claimledger.trust.BadRequest.raw;
import static org.claimledger.trust.HostileValues.NODES;

/** Refusable writes of sources and parties (admin endpoints, sent with the admin token). */
final class BadAdminWrites {
    private static final Set<Integer> INVALID = Set.of(400);

    private BadAdminWrites() {
    }

    private static Arbitrary<String> slugs(String prefix) {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(12).map(s -> prefix + s);
    }

    static Arbitrary<BadRequest> sourcePosts(Fixtures f) {
        String endpoint = "POST /api/v1/sources";
        Arbitrary<BadRequest> mutated = Combinators.combine(slugs("fz-src-"), BodyMutations.source()).as((slug, m) ->
                json(endpoint, m.name(), "POST", "/api/v1/sources", f.admin(), m.apply().apply(f.sourceBody(slug)),
                        INVALID));
        Arbitrary<BadRequest> existing = Arbitraries.of("am-mod", "az-mod", f.source()).map(slug -> json(endpoint,
                "slug of a stored source", "POST", "/api/v1/sources", f.admin(), f.sourceBody(slug), Set.of(409)));
        Arbitrary<BadRequest> malformed = slugs("fz-src-").flatMap(slug ->
                BadWrites.malformed(endpoint, "POST", "/api/v1/sources", f.admin(), f.sourceBody(slug)));
        return Arbitraries.frequencyOf(Tuple.of(10, mutated), Tuple.of(1, existing), Tuple.of(2, malformed));
    }

    static Arbitrary<BadRequest> sourcePuts(Fixtures f) {
        String endpoint = "PUT /api/v1/sources/{slug}";
        String path = "/api/v1/sources/" + f.editableSource();
        byte[] valid = bytes(f.sourceBody(f.editableSource()));
        Arbitrary<BadRequest> mutated = BodyMutations.source().map(m -> json(endpoint, m.name(), "PUT", path, f.admin(),
                m.apply().apply(f.sourceBody(f.editableSource())), INVALID).header("If-Match", "\"1\""));
        Arbitrary<BadRequest> renamed = slugs("fz-renamed-").map(slug -> json(endpoint, "another slug", "PUT", path,
                f.admin(), f.sourceBody(slug), INVALID).header("If-Match", "\"1\""));
        Arbitrary<BadRequest> preconditions = BadWrites.badIfMatch().map(tag -> raw(endpoint, "If-Match " + tag, "PUT",
                path, f.admin(), "application/json", valid, Set.of(tag.isBlank() ? 428 : 412)).header("If-Match", tag));
        Arbitrary<BadRequest> noPrecondition = Arbitraries.just(raw(endpoint, "no If-Match", "PUT", path, f.admin(),
                "application/json", valid, Set.of(428)));
        Arbitrary<BadRequest> unknown = slugs("fz-nowhere-").map(slug -> json(endpoint, "unknown slug", "PUT",
                "/api/v1/sources/" + slug, f.admin(), f.sourceBody(slug), Set.of(404)).header("If-Match", "*"));
        Arbitrary<BadRequest> malformed = BadWrites.malformed(endpoint, "PUT", path, f.admin(),
                f.sourceBody(f.editableSource())).map(r -> r.header("If-Match", "\"1\""));
        return Arbitraries.frequencyOf(Tuple.of(8, mutated), Tuple.of(1, renamed), Tuple.of(3, preconditions),
                Tuple.of(1, noPrecondition), Tuple.of(1, unknown), Tuple.of(2, malformed));
    }

    static Arbitrary<BadRequest> partyPosts(Fixtures f) {
        String endpoint = "POST /api/v1/parties";
        Arbitrary<BadRequest> mutated = Combinators.combine(slugs("fz-party-"), BodyMutations.party()).as((slug, m) ->
                json(endpoint, m.name(), "POST", "/api/v1/parties", f.admin(), m.apply().apply(f.partyBody(slug)),
                        INVALID));
        Arbitrary<BadRequest> existing = Arbitraries.of("armenia", "azerbaijan", f.side()).map(slug -> json(endpoint,
                "slug of a stored party", "POST", "/api/v1/parties", f.admin(), f.partyBody(slug), Set.of(409)));
        Arbitrary<BadRequest> ownParent = slugs("fz-party-").map(slug -> json(endpoint, "its own parent", "POST",
                "/api/v1/parties", f.admin(), BadRequest.with(f.partyBody(slug), "/parent", NODES.textNode(slug)),
                INVALID));
        Arbitrary<BadRequest> malformed = slugs("fz-party-").flatMap(slug ->
                BadWrites.malformed(endpoint, "POST", "/api/v1/parties", f.admin(), f.partyBody(slug)));
        return Arbitraries.frequencyOf(Tuple.of(10, mutated), Tuple.of(1, existing), Tuple.of(1, ownParent),
                Tuple.of(2, malformed));
    }
}
