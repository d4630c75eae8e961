package org.claimledger.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import jakarta.ws.rs.core.Response;
import org.claimledger.support.Statements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A page as a browser asks for it, parsed so tests can read it the way a reader does. */
final class WebPage {
    private WebPage() {
    }

    static Document get(String path) {
        return get(path, 200);
    }

    static Document get(String path, int status) {
        String html = RestAssured.given().accept("text/html").urlEncodingEnabled(false).get(path).then()
                .log().ifValidationFails().statusCode(status).contentType("text/html").extract().asString();
        return Jsoup.parse(html, RestAssured.baseURI + ":" + RestAssured.port);
    }

    /**
     * A page built on this thread by its resource method, as the server builds it for a request, with
     * the SQL statements it sent: for tests that a page costs a fixed number of statements.
     */
    static Statements.Counted<Document> rendered(Supplier<Response> page) {
        var counted = Statements.of(() -> QuarkusTransaction.requiringNew().call(page::get));
        assertThat(counted.result().getStatus()).as("status of the page").isEqualTo(200);
        return new Statements.Counted<>(Jsoup.parse((String) counted.result().getEntity()), counted.statements());
    }
}
