package rs.eobuka.registration.web;

import com.lowagie.text.FontFactory;

/**
 * The font of PDF exports (PrimeFaces' data exporter writes through OpenPDF's
 * {@link FontFactory}): Liberation Sans, which OpenPDF ships, registered once under an alias.
 * PDF's standard fonts have no č, ć, đ and no Cyrillic. The exporter must also ask for the
 * {@code Identity-H} encoding ({@code <p:dataExporter encoding="Identity-H">}): with its default
 * (UTF-8) OpenPDF writes a one-byte font that garbles those letters.
 */
public final class ExportFonts {

    static final String SANS = "eobuka-sans";
    private static final String SANS_FILE = "font-fallback/LiberationSans-Regular.ttf";

    private ExportFonts() {
    }

    /** The alias to hand PrimeFaces' PDF options; registers the font on first use. */
    public static synchronized String sans() {
        if (!FontFactory.isRegistered(SANS)) {
            FontFactory.register(SANS_FILE, SANS);
        }
        return SANS;
    }
}
