package org.claimledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;

/** Claims as CSV for spreadsheets: text a spreadsheet would run as a formula is written as text. */
@QuarkusTest
class CsvExportTest {
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"click\")";

    @Test
    void aStatementThatLooksLikeAFormulaIsQuotedInCsvAndRawInJson() throws IOException {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", side);
        Map<String, Object> body = claim(source, side, 12);
        body.put("statement", FORMULA);
        body.put("location", "@Barda");
        body.put("note", "-1 for the day");
        String id = createClaim(body);

        String csv = anonymous().accept("text/csv").queryParam("source", source).get("/api/v1/claims.csv")
                .then().statusCode(200).extract().asString();
        CSVRecord row = rows(csv).get(0);
        assertThat(row.get("statement")).isEqualTo("'" + FORMULA);
        assertThat(row.get("location")).isEqualTo("'@Barda");
        assertThat(row.get("note")).isEqualTo("'-1 for the day");
        assertThat(row.get("low")).isEqualTo("12");
        anonymous().get("/api/v1/claims/" + id).then().statusCode(200).body("statement", equalTo(FORMULA));
    }

    @Test
    void anExportedCsvImportsBackToTheSameText() throws IOException {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", side);
        Map<String, Object> body = claim(source, side, 7);
        body.put("key", unique("csv-formula"));
        body.put("statement", "'" + FORMULA);
        createClaim(body);
        String csv = anonymous().accept("text/csv").queryParam("source", source).get("/api/v1/claims.csv").then().statusCode(200)
                .extract().asString();
        assertThat(rows(csv).get(0).get("statement")).isEqualTo("''" + FORMULA);

        editor().contentType("text/csv").body(csv).post("/api/v1/imports").then().statusCode(201)
                .body("claims.unchanged", equalTo(1)).body("claims.updated", equalTo(0));
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
