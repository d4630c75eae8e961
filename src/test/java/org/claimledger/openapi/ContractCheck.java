package org.claimledger.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Sends requests to the service under test and checks each answer against openapi/openapi.yaml with
 * Atlassian's swagger-request-validator: status declared, body of the declared schema and media type.
 * Requests are not validated: sending what the contract forbids is how the error answers are reached.
 */
final class ContractCheck {
    static final Path DOCUMENT = Path.of("openapi/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForInlineApiSpecification(asOpenApi30()).build();
    private final Map<String, List<String>> templates = templates();
    /** "GET /api/v1/claims/{id} 200": every answer seen and checked. */
    final Set<String> answered = ConcurrentHashMap.newKeySet();
    final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

    /** Sends the request, checks the status is the expected one and the answer is what the document declares. */
    Response expect(int status, String method, String target, RequestSpecification spec) {
        Response response = spec.request(method, target);
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String call = method + " " + target;
        if (response.statusCode() != status) {
            mismatches.add(call + ": answered " + response.statusCode() + ", the test expected " + status + ": "
                    + clip(response.asString()));
        }
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        response.getHeaders().forEach(h -> headers.computeIfAbsent(h.getName(), n -> new ArrayList<>()).add(h.getValue()));
        check(method, path, response.statusCode(), headers, response.asString())
                .forEach(m -> mismatches.add(call + " -> " + response.statusCode() + ": " + m));
        answered.add(method.toUpperCase(Locale.ROOT) + " " + template(path) + " " + response.statusCode());
        return response;
    }

    /** What the validator finds wrong with this answer to a request for {@code path}: nothing when it is declared. */
    List<String> check(String method, String path, int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach((name, values) -> values.forEach(v -> answer.withHeader(name, v)));
        ValidationReport report = validator.validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), answer.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    /** Every operation of the document as "GET /api/v1/claims/{id}". */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        templates.forEach((template, methods) -> methods.forEach(m -> operations.add(m + " " + template)));
        return operations;
    }

    /** The operations no checked request answered with a 2xx. */
    Set<String> operationsWithoutSuccess() {
        Set<String> succeeded = answered.stream().filter(a -> a.matches(".* 2\\d\\d$"))
                .map(a -> a.substring(0, a.lastIndexOf(' '))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(operations());
        missing.removeAll(succeeded);
        return missing;
    }

    private String template(String path) {
        return templates.keySet().stream()
                .filter(t -> path.matches(t.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst().orElse(path);
    }

    private static Map<String, List<String>> templates() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile()).path("paths");
            Map<String, List<String>> templates = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                List<String> methods = new ArrayList<>();
                path.getValue().fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        methods.add(m.toUpperCase(Locale.ROOT));
                    }
                });
                templates.put(path.getKey(), methods);
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document as the validator reads it. The validator checks bodies with OpenAPI 3.0 schemas: given
     * the 3.1 document it loses every type (SmallRye writes 3.1) and accepts any body. The only 3.1 forms
     * the document uses are nullable written as a type list ({@code type: [string, "null"]}) and lists of
     * schema examples: the first is rewritten to its 3.0 form ({@code nullable: true}), the second dropped
     * (examples constrain nothing). Nothing else is changed; {@code anyOf: [$ref, {type: "null"}]} reads
     * the same in both.
     */
    static String asOpenApi30() {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            com.fasterxml.jackson.databind.node.ObjectNode document =
                    (com.fasterxml.jackson.databind.node.ObjectNode) yaml.readTree(DOCUMENT.toFile());
            document.put("openapi", "3.0.3");
            to30(document);
            return new ObjectMapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void to30(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asText()));
                boolean nullable = types.remove("null");
                if (types.size() != 1) {
                    throw new IllegalStateException("no OpenAPI 3.0 form for type " + type);
                }
                object.put("type", types.get(0));
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            if (object.path("examples").isArray()) {
                object.remove("examples");
            }
            object.elements().forEachRemaining(ContractCheck::to30);
        } else if (node != null && node.isArray()) {
            node.forEach(ContractCheck::to30);
        }
    }

    private static String clip(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
