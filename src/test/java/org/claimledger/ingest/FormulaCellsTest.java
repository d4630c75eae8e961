package org.claimledger.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "'=1+1"})
    void aCellASpreadsheetWouldRunGetsALeadingQuote(String text) {
        Object[] cells = FormulaCells.neutralised(text);
        assertThat((String) cells[0]).isEqualTo("'" + text);
        assertThat(FormulaCells.restored((String) cells[0])).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Barda", "more than 5,000", "'Tis", "", "a=b", "5-10"})
    void otherCellsAreWrittenAsTheyAre(String text) {
        assertThat(FormulaCells.neutralised(text)).containsExactly(text);
        assertThat(FormulaCells.restored(text)).isEqualTo(text);
    }

    @Test
    void numbersAndDatesAreNeverQuoted() {
        assertThat(FormulaCells.neutralised(-5L, java.time.LocalDate.of(2020, 10, 28), null))
                .containsExactly(-5L, java.time.LocalDate.of(2020, 10, 28), null);
    }

    @Test
    void restoringAnExportedCellGivesBackTheTextForAnyPrefixOfQuotesAndFormulaCharacters() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String alphabet = "'=+-@\t\rab ";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String cell = (String) FormulaCells.neutralised(text.toString())[0];
            assertThat(FormulaCells.restored(cell)).as("seed %d, text [%s]", seed, text).isEqualTo(text.toString());
            assertThat(cell).as("seed %d", seed).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
    }
}
