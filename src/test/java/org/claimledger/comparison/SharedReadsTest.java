package org.claimledger.comparison;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.party.Parties;
import org.claimledger.support.Api;
import org.claimledger.support.Statements;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background refresh of the contested ranking compares measures two hundred at a time; measures
 * whose candidates are the same claims (one subject and metric: soldiers and civilians killed) share
 * one read of them, and each gets the outcome it gets alone.
 */
@QuarkusTest
class SharedReadsTest {
    @Inject
    ComparisonService comparisons;

    @Test
    void measuresOfOneSubjectAndMetricReadTheirClaimsOnceAndComeOutAsTheyDoAlone() {
        String subject = Api.createParty(Api.unique("subject"), null);
        String low = Api.createSource(Api.unique("low"), "monitor", null);
        String high = Api.createSource(Api.unique("high"), "monitor", null);
        Api.createClaim(Api.claim(low, subject, 100));
        Api.createClaim(Api.claim(high, subject, 300));
        Api.createClaim(civilians(Api.claim(low, subject, 20)));
        Api.createClaim(civilians(Api.claim(high, subject, 25)));
        Measure soldiers = new Measure(subject, Population.MILITARY, Metric.KILLED, null, null, null, null);
        Measure civilians = new Measure(subject, Population.CIVILIAN, Metric.KILLED, null, null, null, null);

        Statements.Counted<List<Outcome>> alone = outcomes(List.of(soldiers));
        Statements.Counted<List<Outcome>> together = outcomes(List.of(soldiers, civilians));

        assertThat(together.statements()).as("statements for both measures").hasSameSizeAs(alone.statements())
                .isNotEmpty();
        Outcome soldiersAlone = alone.result().get(0);
        Outcome civiliansAlone = outcomes(List.of(civilians)).result().get(0);
        assertThat(together.result()).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(soldiersAlone, civiliansAlone);
        assertThat(together.result()).extracting(o -> o.figures().size()).containsExactly(2, 2);
        assertThat(together.result()).extracting(Outcome::verdict)
                .containsExactly(Outcome.Verdict.CONFLICTING, Outcome.Verdict.CONFLICTING);
    }

    private Statements.Counted<List<Outcome>> outcomes(List<Measure> measures) {
        Parties parties = QuarkusTransaction.requiringNew().call(Parties::load);
        return Statements.of(() -> QuarkusTransaction.requiringNew().call(() -> comparisons.outcomes(measures, parties)));
    }

    private static Map<String, Object> civilians(Map<String, Object> claim) {
        claim.put("population", "civilian");
        claim.put("statement", claim.get("statement").toString().replace("soldiers", "civilians"));
        return claim;
    }
}
