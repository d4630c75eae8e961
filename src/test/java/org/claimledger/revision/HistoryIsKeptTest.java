package org.claimledger.revision;

import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Db;
import org.junit.jupiter.api.Test;

import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database itself keeps every revision: even SQL typed by hand cannot delete or rewrite history. The
 * statements run in transactions that are rolled back ({@link Db#refusal}), so the shared database would
 * be left as it was even if one of them were not refused.
 */
@QuarkusTest
class HistoryIsKeptTest {

    @Test
    void deletingAClaimASourceAPartyOrALinkIsRefused() {
        for (String table : new String[] {"claim", "source", "party", "claim_link"}) {
            assertThat(Db.refusal("DELETE FROM " + table)).as(table).contains("nothing is ever deleted");
        }
    }

    @Test
    void anEditCopiesThePreviousRevisionAsideAndRevisionsCannotBeRewritten() {
        String side = createParty(unique("side"), null);
        String id = createClaim(claim(createSource(unique("src"), "media", null), side, 12));
        editor().header("If-Match", "\"1\"").body(claim(createSource(unique("src2"), "media", null), side, 13))
                .put("/api/v1/claims/" + id).then().statusCode(200);

        String revision = "revision WHERE entity = 'claim' AND snapshot->>'public_id' = '" + id + "'";
        assertThat(Db.count(revision + " AND snapshot->>'qty_low' = '12' AND revision = 1")).isEqualTo(1);
        assertThat(Db.refusal("UPDATE " + revision.replace("revision WHERE", "revision SET reason = 'x' WHERE")))
                .contains("nothing is ever deleted or rewritten");
        assertThat(Db.refusal("DELETE FROM " + revision)).contains("nothing is ever deleted or rewritten");
    }

    @Test
    void anUpdateThatSkipsARevisionNumberIsRefused() {
        String side = createParty(unique("side"), null);
        String id = createClaim(claim(createSource(unique("src"), "media", null), side, 5));
        assertThat(Db.refusal("UPDATE claim SET revision = revision + 2 WHERE public_id = '" + id + "'"))
                .contains("must advance its revision");
    }
}
