package org.claimledger.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {
    @Test
    void aNewlineInClientTextCannotStartALogLineOfItsOwn() {
        String forged = "/api/v1/claims/x\n12:00:00.000 ERROR [io.qu.sec] admin token leaked";
        assertThat(LogSafe.of(forged)).doesNotContain("\n").contains("\\u000a12:00:00.000");
        assertThat(LogSafe.of("a\rb\u0000c\u2028d")).isEqualTo("a\\u000db\\u0000c\\u2028d");
    }

    @Test
    void ordinaryTextIsUnchangedAndLongTextIsCut() {
        assertThat(LogSafe.of("/api/v1/claims?q=Barda")).isEqualTo("/api/v1/claims?q=Barda");
        assertThat(LogSafe.of("x".repeat(1000))).hasSize(303).endsWith("...");
    }
}
