package org.claimledger.openapi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator behind ResponsesMatchTheContractTest does refuse answers the document does not declare. */
class ContractCheckTest {
    private static final ContractCheck CONTRACT = new ContractCheck();
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM = Map.of("Content-Type", List.of("application/problem+json"));
    private static final String CLAIM = "/api/v1/claims/00000000-0000-4000-8000-000000000000";

    @Test
    void acceptsADeclaredProblem() {
        assertThat(CONTRACT.check("GET", CLAIM, 404, PROBLEM,
                "{\"type\":\"https://claimledger.org/problems/not-found\",\"title\":\"Not found\",\"status\":404}"))
                .isEmpty();
    }

    @Test
    void refusesAStatusTheOperationDoesNotDeclare() {
        assertThat(CONTRACT.check("GET", CLAIM, 418, PROBLEM, "{}")).isNotEmpty();
    }

    @Test
    void refusesABodyOfTheWrongShape() {
        assertThat(CONTRACT.check("GET", "/api/v1/sources", 200, JSON, "{\"items\":\"not a list\",\"nextCursor\":null}"))
                .isNotEmpty();
        assertThat(CONTRACT.check("GET", "/api/v1/sources", 200, JSON, "{\"items\":[{\"slug\":42}],\"nextCursor\":null}"))
                .isNotEmpty();
        assertThat(CONTRACT.check("GET", "/api/v1/metrics", 200, JSON, "[{\"metric\":\"no-such-metric\"}]"))
                .isNotEmpty();
    }

    @Test
    void acceptsNullWhereTheDocumentAllowsIt() {
        assertThat(CONTRACT.check("GET", "/api/v1/sources", 200, JSON, "{\"items\":[],\"nextCursor\":null}"))
                .isEmpty();
    }

    @Test
    void refusesNullWhereTheDocumentDoesNotAllowIt() {
        assertThat(CONTRACT.check("GET", "/api/v1/sources", 200, JSON, "{\"items\":[{\"slug\":null}],\"nextCursor\":null}"))
                .isNotEmpty();
    }
}
