package org.claimledger.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One request the service must refuse, with the statuses that would be a correct refusal. {@code what}
 * names the endpoint and the defect, for the report and for any failure message.
 */
record BadRequest(String endpoint, String defect, String method, String path, Map<String, String> headers,
                  byte[] body, Set<Integer> expected) {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** For text that is not valid UTF-16 (a lone surrogate): sent as a \\u escape, which JSON allows. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static BadRequest json(String endpoint, String defect, String method, String path, String token, JsonNode body,
                           Set<Integer> expected) {
        return raw(endpoint, defect, method, path, token, "application/json", bytes(body), expected);
    }

    static BadRequest raw(String endpoint, String defect, String method, String path, String token,
                          String contentType, byte[] body, Set<Integer> expected) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new BadRequest(endpoint, defect, method, path, headers, body, expected);
    }

    BadRequest header(String name, String value) {
        Map<String, String> with = new LinkedHashMap<>(headers);
        with.put(name, value);
        return new BadRequest(endpoint, defect, method, path, with, body, expected);
    }

    static byte[] bytes(JsonNode body) {
        try {
            return PLAIN.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            try {
                return ESCAPING.writeValueAsBytes(body);
            } catch (JsonProcessingException again) {
                throw new IllegalStateException(again);
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A copy of {@code body} with the value at {@code pointer} (such as {@code /quantity/low} or
     * {@code /citations/0/url}) replaced, or removed when {@code value} is {@link HostileValues#ABSENT}.
     */
    static JsonNode with(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value.isMissingNode()) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value.isMissingNode()) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("no container at " + pointer + " in " + body);
        }
        return copy;
    }
}
