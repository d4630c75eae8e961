package org.claimledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimledger.support.Statements;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.unique;

/**
 * An import looks up the parties, sources and incidents it names in a few statements, not one per record:
 * a lookup per record also made Hibernate flush every row written before it, and a batch of 50,000
 * incidents (a million synthetic claims) spent minutes on that alone.
 */
@QuarkusTest
class ImportLookupsTest {
    @Inject
    ImportService imports;

    private List<String> readsOfAnImportOf(int records) {
        String prefix = unique("lookups");
        String parties = IntStream.range(0, records).mapToObj(i -> """
                {"slug":"%s-party-%d","name":"Party %d","parent":%s,"side":null}"""
                .formatted(prefix, i, i, i == 0 ? "null" : "\"" + prefix + "-party-0\"")).collect(Collectors.joining(","));
        String sources = IntStream.range(0, records).mapToObj(i -> """
                {"slug":"%s-source-%d","name":"Source %d","kind":"monitor","party":"%s-party-%d"}"""
                .formatted(prefix, i, i, prefix, i)).collect(Collectors.joining(","));
        String incidents = IntStream.range(0, records).mapToObj(i -> """
                {"slug":"%s-incident-%d","title":"Incident %d"}""".formatted(prefix, i, i))
                .collect(Collectors.joining(","));
        String batch = "{\"parties\":[" + parties + "],\"sources\":[" + sources + "],\"incidents\":[" + incidents
                + "],\"claims\":[],\"links\":[]}";
        return Statements.of(() -> imports.importJson(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)),
                "test", true)).statements().stream().filter(sql -> sql.stripLeading().toLowerCase().startsWith("select")).toList();
    }

    @Test
    void anImportOfThreeHundredRecordsOfEachKindReadsWhatAnImportOfOneReads() {
        List<String> one = readsOfAnImportOf(1);
        List<String> many = readsOfAnImportOf(300);
        assertThat(many).as("reads of 300 parties, sources and incidents: %s", many).hasSameSizeAs(one);
    }
}
