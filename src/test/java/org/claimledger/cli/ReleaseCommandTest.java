package org.claimledger.cli;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReleaseCommandTest {
    @Inject
    Commands commands;

    @Test
    void releaseCutKeepsTheDatasetUnderAVersionAndRefusesTheSameVersionTwice() throws Exception {
        String version = "cli-" + System.nanoTime();
        assertThat(commands.release("cut", version, "cut from the command line")).isZero();
        anonymous().get("/api/v1/releases/" + version).then().statusCode(200)
                .body("createdBy", startsWith("cli:"))
                .body("note", equalTo("cut from the command line"));
        assertThat(commands.release("cut", version)).isEqualTo(1);
        assertThat(commands.release("list")).isZero();
        assertThat(commands.release("nonsense")).isEqualTo(2);
    }
}
