package org.claimledger.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.claimledger.claim.Attribution;
import org.claimledger.claim.Category;
import org.claimledger.claim.Citation;
import org.claimledger.claim.ClaimView;
import org.claimledger.claim.Dating;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.NewClaim;
import org.claimledger.claim.Population;
import org.claimledger.claim.Provenance;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Quantity;
import org.claimledger.claim.Stance;
import org.claimledger.common.DomainException;
import org.claimledger.common.DatabaseJson;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.Problem.FieldError;
import org.claimledger.common.WireEnum;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Claims as CSV, for spreadsheets: the columns of {@link #COLUMNS}, one claim per row. The citation
 * columns hold one citation; {@code citationsJson}, when filled, holds them all and wins.
 */
public final class CsvClaims {
    public static final List<String> COLUMNS = List.of("key", "source", "statedOn", "from", "asOf", "category",
            "subject", "alsoCounts", "population", "metric", "equipment", "object", "incident", "location", "low",
            "high", "qualifier", "quantityText", "stance", "perpetrator", "statement", "note", "dated", "datedFrom",
            "attribution", "attributedAs", "attributionBasis", "citationTitle",
            "citationUrl", "citationPublisher", "citationPublishedOn", "citationReference", "citationQuote",
            "citationsJson");
    /** Export-only columns: what the server owns. */
    static final List<String> SERVER_COLUMNS = List.of("id", "status", "revision", "recordedAt");
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };

    private CsvClaims() {
    }

    static void read(InputStream body, ImportSession session) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        CSVParser opened;
        try {
            opened = CSVParser.parse(new InputStreamReader(body, StandardCharsets.UTF_8), format);
        } catch (IllegalArgumentException | IllegalStateException | IOException | java.io.UncheckedIOException e) {
            // commons-csv refuses a header with an empty or repeated column name with IllegalArgumentException
            throw new DomainException(DomainException.Kind.INVALID, "malformed-csv", "Malformed CSV", "the first row must name each column once;"
                    + " nothing was imported");
        }
        try (CSVParser parser = opened) {
            List<String> unknown = parser.getHeaderNames().stream()
                    .filter(h -> !COLUMNS.contains(h) && !SERVER_COLUMNS.contains(h)).toList();
            if (!parser.getHeaderNames().containsAll(List.of("source", "statedOn", "category", "metric", "statement"))
                    || !unknown.isEmpty()) {
                throw InvalidInput.of("header", "the first row must name the columns; known columns are "
                        + String.join(", ", COLUMNS) + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
            }
            int index = 0;
            for (CSVRecord row : parser) {
                Row r = new Row(row, "claims[" + index + "].");
                NewClaim claim = r.claim();
                if (r.errors.isEmpty()) {
                    session.claim(index, claim);
                } else {
                    session.unreadable(r.errors);
                }
                index++;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DomainException(DomainException.Kind.INVALID, "malformed-csv", "Malformed CSV",
                    "the body could not be read as CSV; nothing was imported");
        }
    }

    /** Writes claims as CSV rows: the import columns, then the server's own; formula-like cells quoted (FormulaCells). */
    public static CSVPrinter printer(Appendable out) throws IOException {
        List<String> header = new ArrayList<>(SERVER_COLUMNS);
        header.addAll(COLUMNS);
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
    }

    public static void print(CSVPrinter printer, ClaimView c) throws IOException {
        Citation first = c.citations().get(0);
        Quantity q = c.quantity();
        Provenance p = c.provenance();
        printer.printRecord(FormulaCells.neutralised(c.id(), c.status().wire(), c.revision(), c.recordedAt(), c.key(), c.source(),
                c.statedOn(), c.from(), c.asOf(), c.category().wire(), c.subject(), String.join(";", c.alsoCounts()),
                wire(c.population()), c.metric().wire(), wire(c.equipment()), c.object(), c.incident(), c.location(),
                q == null ? null : q.low(), q == null ? null : q.high(), q == null ? null : q.qualifier().wire(),
                q == null ? null : q.text(), c.stance().wire(), c.perpetrator(), c.statement(), c.note(),
                p.dated().wire(), p.datedFrom(), p.attribution().wire(), p.attributedAs(), p.attributionBasis(),
                first.title(), first.url(), first.publisher(), first.publishedOn(), first.reference(), first.quote(),
                c.citations().size() > 1 ? DatabaseJson.MAPPER.writeValueAsString(c.citations()) : null));
    }

    private static String wire(WireEnum value) {
        return value == null ? null : value.wire();
    }

    /** One CSV row read into a claim, collecting a field error per bad cell. */
    private static final class Row {
        private final CSVRecord record;
        private final String prefix;
        private final List<FieldError> errors = new ArrayList<>();

        Row(CSVRecord record, String prefix) {
            this.record = record;
            this.prefix = prefix;
        }

        NewClaim claim() {
            String qualifier = text("qualifier");
            Quantity quantity = qualifier == null ? null : new Quantity(number("low"), number("high"),
                    parse("qualifier", v -> WireEnum.parse(Qualifier.class, v, "qualifier")), text("quantityText"));
            String also = text("alsoCounts");
            return new NewClaim(text("key"), text("source"), date("statedOn"), date("from"), date("asOf"),
                    parse("category", v -> WireEnum.parse(Category.class, v, "category")), text("subject"),
                    also == null ? null : Arrays.stream(also.split(";")).map(String::trim).toList(),
                    parse("population", v -> WireEnum.parse(Population.class, v, "population")),
                    parse("metric", v -> WireEnum.parse(Metric.class, v, "metric")),
                    parse("equipment", v -> WireEnum.parse(Equipment.class, v, "equipment")), text("object"),
                    text("incident"), text("location"), quantity,
                    parse("stance", v -> WireEnum.parse(Stance.class, v, "stance")), text("perpetrator"),
                    text("statement"), text("note"), provenance(), citations());
        }

        /** Left out (null) when no provenance cell is filled: the defaults apply. */
        private Provenance provenance() {
            List<String> cells = List.of("dated", "datedFrom", "attribution", "attributedAs", "attributionBasis");
            if (cells.stream().allMatch(column -> text(column) == null)) {
                return null;
            }
            return new Provenance(parse("dated", v -> WireEnum.parse(Dating.class, v, "dated")), text("datedFrom"),
                    parse("attribution", v -> WireEnum.parse(Attribution.class, v, "attribution")),
                    text("attributedAs"), text("attributionBasis"));
        }

        private List<Citation> citations() {
            String all = text("citationsJson");
            if (all != null) {
                return parse("citationsJson", v -> {
                    try {
                        return DatabaseJson.MAPPER.readValue(v, CITATIONS);
                    } catch (IOException e) {
                        throw InvalidInput.of("citationsJson", "must be a JSON array of citations");
                    }
                });
            }
            if (text("citationTitle") == null && text("citationUrl") == null) {
                return List.of();
            }
            return List.of(new Citation(text("citationTitle"), text("citationUrl"), text("citationPublisher"),
                    date("citationPublishedOn"), text("citationReference"), text("citationQuote")));
        }

        private String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = FormulaCells.restored(record.get(column));
            return value == null || value.isEmpty() ? null : value;
        }

        private Long number(String column) {
            return parse(column, v -> {
                try {
                    return Long.parseLong(v.replace(",", "").replace("_", ""));
                } catch (NumberFormatException e) {
                    throw InvalidInput.of(column, "'" + org.claimledger.common.Problem.clip(v)
                            + "' is not a whole number in range");
                }
            });
        }

        private LocalDate date(String column) {
            return parse(column, v -> {
                try {
                    return LocalDate.parse(v);
                } catch (java.time.format.DateTimeParseException e) {
                    throw InvalidInput.of(column, "'" + org.claimledger.common.Problem.clip(v)
                            + "' is not a date (YYYY-MM-DD)");
                }
            });
        }

        private <T> T parse(String column, Function<String, T> parser) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (InvalidInput e) {
                errors.add(new FieldError(prefix + column, e.errors().get(0).message()));
                return null;
            }
        }
    }
}
