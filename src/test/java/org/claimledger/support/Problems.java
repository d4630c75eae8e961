package org.claimledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must be: RFC 9457 problem+json whose status repeats the HTTP status. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
        assertThat(defects(status, response.contentType(), response.asByteArray())).as("problem+json defects").isEmpty();
    }

    public static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer.text()).isEqualTo(status);
        assertThat(defects(status, answer.contentType(), answer.body())).as("problem+json defects").isEmpty();
    }

    /** Everything that keeps an answer from being a well-formed problem for {@code status}; empty when it is one. */
    public static List<String> defects(int status, String contentType, byte[] body) {
        List<String> defects = new ArrayList<>();
        if (contentType == null || !contentType.startsWith(MEDIA_TYPE)) {
            defects.add("content type is " + contentType + ", not " + MEDIA_TYPE);
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            defects.add("body is not JSON");
            return defects;
        }
        if (problem == null || !problem.isObject()) {
            defects.add("body is not a JSON object");
            return defects;
        }
        for (String field : List.of("type", "title", "detail")) {
            if (!problem.path(field).isTextual() || problem.path(field).asText().isBlank()) {
                defects.add(field + " is missing or blank");
            }
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            defects.add("status is " + problem.path("status") + ", not " + status);
        }
        return defects;
    }
}
