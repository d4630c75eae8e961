package org.claimledger.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Http;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journalist pages take the same hostile input as the API: every page, with its own query
 * parameters and path segments set to values chosen from a seeded random generator (NUL, broken
 * percent-encodings, overlong and surrogate UTF-8, huge numbers, impossible dates, markup, SQL, very long
 * and many-word text), must never answer 5xx, and every error is a page, not a stack trace (a request
 * line over 4 KB is refused with 414 by the HTTP server before any page runs).
 */
@QuarkusTest
class HostilePageInputTest {
    private static final int REQUESTS = 800;
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/", List.of("q"),
            "/search", List.of("q", "cursor"),
            "/allegations", List.of("q", "incident", "cursor"),
            "/compare", List.of("subject", "population", "metric", "equipment", "object", "incident", "from", "asOf",
                    "tolerance"),
            "/claims/%s", List.of("revision"),
            "/sources/%s", List.of("cursor"));
    private static final List<String> HOSTILE = List.of("", "%00", "a%00b", "%0a%0dSet-Cookie:%20x=1", "%ff%fe", "%c0%af",
            "%ed%a0%80", "%f4%90%80%80", "%", "%%", "%zz", "%e2%80%ae", "%f0%9f%99%82", "NaN", "Infinity", "-1", "0",
            "99999999999999999999999", "1e308", "2020-13-45", "2020-02-30", "0000-00-00", "-999999999-01-01",
            "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "armenia", "killed",
            "military", "tank", "barda-2020-10-28", "Yzo0Mg", "Yzp4eHg", "c1%3A-1", "%22cluster%20munitions%22",
            "or%20or%20or", "-", "%2B", "*", "%5C", "%7B%7D");

    @TestHTTPResource("/")
    URL base;

    @Test
    void noHostileQueryOrPathOnAnyPageAnswers5xx() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Http http = new Http(base.toURI());
        List<String> pages = new ArrayList<>(PARAMETERS.keySet());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String page = pages.get(random.nextInt(pages.size()));
            String path = page.contains("%s") ? page.replace("%s", segment(random)) : page;
            StringBuilder query = new StringBuilder();
            for (String parameter : PARAMETERS.get(page)) {
                if (random.nextInt(3) == 0) {
                    query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=').append(value(random));
                }
            }
            Http.Answer answer;
            try {
                answer = http.call("GET", path + query).header("Accept", "text/html").send();
            } catch (IllegalArgumentException e) {
                continue; // a URI the client itself refuses to send
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            String request = (path + query).length() <= 200 ? path + query : (path + query).substring(0, 200) + "...";
            if (answer.status() >= 500) {
                failures.add(answer.status() + " for " + request);
            } else if (answer.status() == 414) {
                // a request line over 4 KB is refused by the HTTP server itself, before any page runs
                if (answer.text().contains("Exception")) {
                    failures.add("414 with a stack trace for " + request);
                }
            } else if (answer.status() >= 400 && (answer.contentType() == null
                    || !answer.contentType().startsWith("text/html") || answer.text().contains("Exception"))) {
                failures.add(answer.status() + " without an error page for " + request + ": " + answer.contentType());
            }
        }
        System.out.printf("[hostile-pages] seed %d: %d requests to %d pages: %s; failures %d%n", seed, REQUESTS,
                pages.size(), statuses, failures.size());
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    private static String segment(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> java.util.UUID.randomUUID().toString();
            case 1 -> "2bb7488a-0689-306b-a10e-b9a40fd529ad";
            case 2 -> "sohr";
            // never empty: "/sources/" is no page's path, and its 404 is the API's
            default -> "s" + value(random).replace("%2F", "x");
        };
    }

    private static String value(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "x".repeat(1 + random.nextInt(6000));
            case 1 -> String.join("%20", java.util.Collections.nCopies(1 + random.nextInt(60), "tank"));
            default -> HOSTILE.get(random.nextInt(HOSTILE.size()));
        };
    }
}
