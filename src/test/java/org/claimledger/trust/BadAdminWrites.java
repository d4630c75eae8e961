package org.claimledger.trust;

import org.claimledger.support.Gen;

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

    private static Gen<String> slugs(String prefix) {
        return Gen.strings(Gen.chars('a', 'z'), 12, 12).map(s -> prefix + s);
    }

    static Gen<BadRequest> sourcePosts(Fixtures f) {
        String endpoint = "POST /api/v1/sources";
        Gen<BadRequest> mutated = Gen.combine(slugs("fz-src-"), BodyMutations.source(), (slug, m) ->
                json(endpoint, m.name(), "POST", "/api/v1/sources", f.admin(), m.apply().apply(f.sourceBody(slug)),
                        INVALID));
        Gen<BadRequest> existing = Gen.of("am-mod", "az-mod", f.source()).map(slug -> json(endpoint,
                "slug of a stored source", "POST", "/api/v1/sources", f.admin(), f.sourceBody(slug), Set.of(409)));
        Gen<BadRequest> malformed = slugs("fz-src-").flatMap(slug ->
                BadWrites.malformed(endpoint, "POST", "/api/v1/sources", f.admin(), f.sourceBody(slug)));
        return Gen.frequency(Gen.weighted(10, mutated), Gen.weighted(1, existing), Gen.weighted(2, malformed));
    }

    static Gen<BadRequest> sourcePuts(Fixtures f) {
        String endpoint = "PUT /api/v1/sources/{slug}";
        String path = "/api/v1/sources/" + f.editableSource();
        byte[] valid = bytes(f.sourceBody(f.editableSource()));
        Gen<BadRequest> mutated = BodyMutations.source().map(m -> json(endpoint, m.name(), "PUT", path, f.admin(),
                m.apply().apply(f.sourceBody(f.editableSource())), INVALID).header("If-Match", "\"1\""));
        Gen<BadRequest> renamed = slugs("fz-renamed-").map(slug -> json(endpoint, "another slug", "PUT", path,
                f.admin(), f.sourceBody(slug), INVALID).header("If-Match", "\"1\""));
        Gen<BadRequest> preconditions = BadWrites.badIfMatch().map(tag -> raw(endpoint, "If-Match " + tag, "PUT",
                path, f.admin(), "application/json", valid, Set.of(tag.isBlank() ? 428 : 412)).header("If-Match", tag));
        Gen<BadRequest> noPrecondition = Gen.just(raw(endpoint, "no If-Match", "PUT", path, f.admin(),
                "application/json", valid, Set.of(428)));
        Gen<BadRequest> unknown = slugs("fz-nowhere-").map(slug -> json(endpoint, "unknown slug", "PUT",
                "/api/v1/sources/" + slug, f.admin(), f.sourceBody(slug), Set.of(404)).header("If-Match", "*"));
        Gen<BadRequest> malformed = BadWrites.malformed(endpoint, "PUT", path, f.admin(),
                f.sourceBody(f.editableSource())).map(r -> r.header("If-Match", "\"1\""));
        return Gen.frequency(Gen.weighted(8, mutated), Gen.weighted(1, renamed), Gen.weighted(3, preconditions),
                Gen.weighted(1, noPrecondition), Gen.weighted(1, unknown), Gen.weighted(2, malformed));
    }

    static Gen<BadRequest> partyPosts(Fixtures f) {
        String endpoint = "POST /api/v1/parties";
        Gen<BadRequest> mutated = Gen.combine(slugs("fz-party-"), BodyMutations.party(), (slug, m) ->
                json(endpoint, m.name(), "POST", "/api/v1/parties", f.admin(), m.apply().apply(f.partyBody(slug)),
                        INVALID));
        Gen<BadRequest> existing = Gen.of("armenia", "azerbaijan", f.side()).map(slug -> json(endpoint,
                "slug of a stored party", "POST", "/api/v1/parties", f.admin(), f.partyBody(slug), Set.of(409)));
        Gen<BadRequest> ownParent = slugs("fz-party-").map(slug -> json(endpoint, "its own parent", "POST",
                "/api/v1/parties", f.admin(), BadRequest.with(f.partyBody(slug), "/parent", NODES.textNode(slug)),
                INVALID));
        Gen<BadRequest> malformed = slugs("fz-party-").flatMap(slug ->
                BadWrites.malformed(endpoint, "POST", "/api/v1/parties", f.admin(), f.partyBody(slug)));
        return Gen.frequency(Gen.weighted(10, mutated), Gen.weighted(1, existing), Gen.weighted(1, ownParent),
                Gen.weighted(2, malformed));
    }
}
