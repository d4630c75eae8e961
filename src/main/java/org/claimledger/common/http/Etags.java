package org.claimledger.common.http;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong ETags. A claim, a source or a party carries its revision, for the If-Match of the next write;
 * a computed body carries a hash of its bytes; an export carries a hash of what it is made of (the
 * dataset's version and the request), so a repeated download can be answered 304 before it is built.
 */
public final class Etags {
    private Etags() {
    }

    /** The response with the revision as its strong ETag. */
    public static Response tagged(Response.ResponseBuilder response, int revision) {
        return response.tag(new EntityTag(Integer.toString(revision))).build();
    }

    /** A strong tag for these bytes. */
    public static String hashed(byte[] body) {
        return '"' + hex(body) + '"';
    }

    /** A strong tag for what a response is made of: the same parts always make the same bytes. */
    public static EntityTag of(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('\n');
        }
        return new EntityTag(hex(key.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The 304 for a client that already holds {@code tag}, or null when it must be sent. */
    public static Response unchanged(HttpHeaders request, EntityTag tag) {
        if (!matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return null;
        }
        return Response.notModified(tag).cacheControl(CacheControl.valueOf(PublicCaching.REVALIDATE)).build();
    }

    /** If-None-Match's weak comparison: {@code *}, or any listed tag with the same opaque value. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals('"' + tag.getValue() + '"')) {
                return true;
            }
        }
        return false;
    }

    private static String hex(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
