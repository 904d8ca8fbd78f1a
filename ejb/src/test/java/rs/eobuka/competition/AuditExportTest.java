package rs.eobuka.competition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV fields of the audit export: quoted as RFC 4180 says, and never a formula for a spreadsheet. */
class AuditExportTest {

    @Test
    void shouldQuoteCommasQuotesAndLineBreaks() {
        assertThat(AuditExport.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(AuditExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditExport.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditExport.field(null)).isEmpty();
    }

    @Test
    void shouldKeepATextThatLooksLikeAFormulaAsText() {
        assertThat(AuditExport.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(AuditExport.field("+381")).isEqualTo("'+381");
        assertThat(AuditExport.field(-5L)).isEqualTo("-5");
    }
}
