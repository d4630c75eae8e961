package org.claimledger.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the sort key of the last row shown, base64url-encoded with a version tag. */
public final class Cursor {
    private static final String VERSION = "c1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key inside a cursor, or null for none; a cursor this service did not issue is a 400. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(VERSION) && decoded.length() > VERSION.length()) {
                return decoded.substring(VERSION.length());
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the 400 below
        }
        throw InvalidInput.of("cursor", "not a cursor issued by this service");
    }

    public static long decodeLong(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("cursor", "not a cursor issued by this service");
        }
    }
}
