package org.claimledger.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.claim.NewClaim;
import org.claimledger.common.DomainException;
import org.claimledger.common.Problem.FieldError;
import org.claimledger.common.JsonErrors;
import org.claimledger.incident.NewIncident;
import org.claimledger.party.NewParty;
import org.claimledger.source.NewSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads an import body as a stream, one record at a time, so a batch of a million claims is never
 * held in memory. A record that cannot be read is reported with its position and the reading goes on;
 * only broken JSON syntax stops it.
 */
final class JsonBatchReader {
    private final ObjectMapper json;
    private final ImportSession session;
    private boolean claimsStarted;

    JsonBatchReader(ObjectMapper json, ImportSession session) {
        this.json = json;
        this.session = session;
    }

    void read(InputStream body) throws IOException {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            // records are read one by one from the stream: what follows a record is the next one, not trailing junk
            parser.setCodec(json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DomainException(DomainException.Kind.INVALID, "invalid-import", "Invalid import",
                        "an import is a JSON object with parties, sources, incidents, claims and links");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                parser.nextToken();
                switch (section) {
                    case "parties" -> session.parties(before(section, list(parser, section, NewParty.class)));
                    case "sources" -> session.sources(before(section, list(parser, section, NewSource.class)));
                    case "incidents" -> session.incidents(before(section, list(parser, section, NewIncident.class)));
                    case "claims" -> {
                        claimsStarted = true;
                        each(parser, section, NewClaim.class, session::claim);
                    }
                    case "links" -> each(parser, section, ImportBatch.Link.class, session::link);
                    default -> {
                        session.unreadable(List.of(new FieldError(section, "unknown field")));
                        parser.skipChildren();
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new DomainException(DomainException.Kind.INVALID, "malformed-json", "Malformed JSON",
                        "the body goes on after the import object ends; nothing was imported");
            }
        }
    }

    private <T> List<T> before(String section, List<T> records) {
        if (claimsStarted) {
            throw new DomainException(DomainException.Kind.INVALID, "invalid-import", "Invalid import",
                    section + " must come before claims in an import body");
        }
        return records;
    }

    private <T> List<T> list(JsonParser parser, String section, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        each(parser, section, type, (i, record) -> records.add(record));
        return records;
    }

    private <T> void each(JsonParser parser, String section, Class<T> type, BiConsumer<Integer, T> sink)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            session.unreadable(List.of(new FieldError(section, "must be an array")));
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = parser.readValueAsTree();
            String prefix = section + "[" + index + "]";
            try {
                T record = json.treeToValue(node, type);
                if (record == null) {
                    session.unreadable(List.of(new FieldError(prefix, "must not be null")));
                } else {
                    sink.accept(index, record);
                }
            } catch (JsonMappingException e) {
                String field = JsonErrors.path(e);
                session.unreadable(List.of(new FieldError(field.isEmpty() ? prefix
                        : prefix + (field.startsWith("[") ? "" : ".") + field, JsonErrors.message(e))));
                if (node.hasNonNull("key") && node.get("key").isTextual()) {
                    session.keyOfUnreadable(node.get("key").asText());
                }
            }
            index++;
        }
    }
}
