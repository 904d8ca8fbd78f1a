package rs.eobuka.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.session.SessionFixtures;

class CertificateDocumentTest {

    private static Registration attended(String fullName) {
        Registration registration = new Registration(SessionFixtures.published(10), SessionFixtures.participant("holder", fullName),
                SessionFixtures.NOW);
        registration.holdSeat();
        registration.decide("organizer", null, SessionFixtures.NOW);
        registration.confirm(SessionFixtures.NOW);
        registration.recordAttendance(true, "organizer", SessionFixtures.NOW);
        registration.issueCertificate("7K2M9QX4TB");
        return registration;
    }

    @Test
    void shouldRenderCertificateForCyrillicName() throws IOException {
        // Given an attendee whose name is in Cyrillic
        Registration registration = attended("Ђорђе Жутић");

        // When the certificate is rendered in Serbian Cyrillic
        byte[] pdf = CertificateDocument.render(registration, Language.SR_CYRL);

        // Then it is a PDF with one page that carries the name and the code
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Ђорђе Жутић", "7K2M9QX4TB");
        reader.close();
    }

    @Test
    void shouldRenderCertificateForSerbianLatinName() throws IOException {
        // Given an attendee whose name has č, ć, đ, š and ž
        Registration registration = attended("Đurđa Čačić-Šešelj Žižić");

        // When the certificate is rendered in Serbian Latin
        byte[] pdf = CertificateDocument.render(registration, Language.SR_LATN);

        // Then it is a PDF that carries the name with every letter
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Đurđa Čačić-Šešelj Žižić", "Sertifikat o pohađanju");
        reader.close();
    }

    @Test
    void shouldNameTheFileAfterTheCode() {
        assertThat(CertificateDocument.fileName(attended("Milica Službenica"))).isEqualTo("eobuka-certificate-7K2M9QX4TB.pdf");
    }
}
