package org.claimledger.web;

import io.restassured.RestAssured;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
}
