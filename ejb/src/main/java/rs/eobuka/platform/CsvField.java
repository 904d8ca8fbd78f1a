package rs.eobuka.platform;

/** One field of a CSV export: RFC 4180 quoting, and a text a spreadsheet would take for a formula kept as text. */
public final class CsvField {

    private CsvField() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
