package rs.eobuka.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fields of the CSV exports (the competition's audit, the log of views): quoted as RFC 4180 says, and never a formula for a spreadsheet. */
class CsvFieldTest {

    @Test
    void shouldQuoteCommasQuotesAndLineBreaks() {
        assertThat(CsvField.of("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvField.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvField.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvField.of(null)).isEmpty();
    }

    @Test
    void shouldKeepATextThatLooksLikeAFormulaAsText() {
        assertThat(CsvField.of("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(CsvField.of("+381")).isEqualTo("'+381");
        assertThat(CsvField.of(-5L)).isEqualTo("-5");
    }
}
