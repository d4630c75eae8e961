package org.claimledger.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No query row is read by position ({@code r[3]}, {@code List<Object[]>}): a column added to a SELECT
 * must not shift what the code reads. Rows are read by name through {@code common/Row}. Bytecode does
 * not show array indexes, so this reads the sources.
 */
class RowsByNameTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern POSITIONAL = Pattern.compile(
            "List<Object\\[\\]>|\\(Object\\[\\]\\)|\\b(r|row|rows\\.get\\(\\w+\\))\\[\\d+\\]");
    @Test
    void noSourceReadsAQueryRowByPosition() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (POSITIONAL.matcher(lines.get(i)).find()) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).as("rows read by position; read them by column name through common/Row").isEmpty();
    }

    @Test
    void theCheckFindsWhatItForbids() {
        assertThat(POSITIONAL.matcher("long id = ((Number) r[0]).longValue();").find()).isTrue();
        assertThat(POSITIONAL.matcher("List<Object[]> rows = query.getResultList();").find()).isTrue();
        assertThat(POSITIONAL.matcher("Object[] row = (Object[]) ids.get(0);").find()).isTrue();
        assertThat(POSITIONAL.matcher("long id = row.number(\"id\");").find()).isFalse();
        assertThat(POSITIONAL.matcher("String hex = bytes[0];").find()).isFalse();
    }
}
