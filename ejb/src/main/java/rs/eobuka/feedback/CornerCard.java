package rs.eobuka.feedback;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.qr.QrCode;

/**
 * What is printed for a Digital Corner: the QR code of its public feedback link (PNG), and an A6
 * card with the code, the link written out and a line of explanation, in one of the three languages.
 */
public final class CornerCard {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color BRAND = new Color(0x0c, 0x4a, 0x8a);

    private CornerCard() {
    }

    /** The public page of a survey's code, in a language. */
    public static String link(String publicCode, Language language) {
        return Links.to("/feedback/answer.xhtml?c=" + publicCode + "&lang=" + language.tag());
    }

    /** The QR code of the link as a black-on-white PNG of about {@code size} pixels. */
    public static byte[] qrPng(String link, int size) {
        return QrCode.png(link, size);
    }

    /** The A6 card: a heading, what the event is, the QR code, the link, and that it is anonymous. */
    public static byte[] cardPdf(String eventTitle, String publicCode, Language language) {
        String link = link(publicCode, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, pdf);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            document.addTitle(Texts.message(language, "feedback.card.title"));
            document.addCreator("eObuka");
            document.open();
            document.add(centered(Texts.message(language, "feedback.card.title"), new Font(base, 16, Font.NORMAL, BRAND), 4));
            document.add(centered(eventTitle, new Font(base, 9), 6));
            Image qr = Image.getInstance(qrPng(link, 300));
            qr.scaleToFit(150, 150);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            document.add(centered(Texts.message(language, "feedback.card.scan"), new Font(base, 9), 4));
            document.add(centered(link, new Font(base, 7, Font.NORMAL, Color.DARK_GRAY), 4));
            document.add(centered(Texts.message(language, "feedback.card.anonymous"), new Font(base, 8), 0));
        } catch (DocumentException e) {
            throw new IllegalStateException("The card could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The card's font or image could not be read", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return pdf.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
