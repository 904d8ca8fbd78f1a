package rs.eobuka.registration;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
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
import rs.eobuka.session.SessionTexts;
import rs.eobuka.session.TrainingSession;

/**
 * The attendance certificate as a PDF (OpenPDF), in the holder's language. The font is the
 * Liberation Sans that OpenPDF ships, embedded, because Serbian needs letters (č, ć, đ, and the
 * Cyrillic alphabet) that the PDF standard fonts lack.
 */
public final class CertificateDocument {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color BRAND = new Color(0x0c, 0x4a, 0x8a);

    private CertificateDocument() {
    }

    public static byte[] render(Registration registration, Language language) {
        TrainingSession session = registration.getSession();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, pdf);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            document.addTitle(Texts.message(language, "certificate.title"));
            document.addCreator("eObuka");
            document.open();
            document.add(centered(Texts.message(language, "certificate.title"), new Font(base, 34, Font.NORMAL, BRAND), 24));
            document.add(centered(Texts.message(language, "certificate.certifies"), new Font(base, 14), 12));
            document.add(centered(registration.getAccount().getFullName(), new Font(base, 26), 12));
            document.add(centered(Texts.message(language, "certificate.attended"), new Font(base, 14), 8));
            document.add(centered(session.getTraining().title(language), new Font(base, 20, Font.NORMAL, BRAND), 12));
            document.add(centered(SessionTexts.when(session, language) + ", " + SessionTexts.where(session, language),
                    new Font(base, 12), 6));
            document.add(centered(Texts.message(language, "certificate.programme", session.getTraining().getProgramme().getName(),
                    session.getTraining().getDurationHours()), new Font(base, 12), 36));
            document.add(centered(Texts.message(language, "certificate.verify", registration.getCertificateCode(),
                    Links.to("/certificates/verify.xhtml?code=" + registration.getCertificateCode())), new Font(base, 10, Font.NORMAL, Color.DARK_GRAY), 0));
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate font could not be read", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return pdf.toByteArray();
    }

    public static String fileName(Registration registration) {
        return "eobuka-certificate-" + registration.getCertificateCode() + ".pdf";
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
