package org.claimledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.common.KeptPage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the answer cache weighs what it keeps: from the JSON of the answer, written once. */
class KeptAnswersTest {
    private final ObjectMapper json = new ObjectMapper();
    private final KeptAnswers kept = new KeptAnswers(json);

    @Test
    void aKeptAnswerWeighsThreeTimesItsJsonAndIsWrittenOnceForBothWeighingAndServing() throws Exception {
        KeptPage<String> page = new KeptPage<>(List.of("a claim", "another claim"), "next");
        int weight = kept.estimatedHeap(page);

        assertThat(weight).isEqualTo(3 * json.writeValueAsBytes(page).length);
        KeptAnswers.Written served = kept.of(page);
        assertThat(kept.estimatedHeap(page)).isEqualTo(weight);
        assertThat(kept.of(page)).as("the JSON written to weigh it is the one served").isSameAs(served);
    }

    @Test
    void anyOtherAnswerWeighsThreeTimesItsJson() throws Exception {
        Map<String, Object> contested = Map.of("items", List.of("measure one", "measure two"));
        assertThat(kept.estimatedHeap(contested)).isEqualTo(3 * json.writeValueAsBytes(contested).length);
    }
}
