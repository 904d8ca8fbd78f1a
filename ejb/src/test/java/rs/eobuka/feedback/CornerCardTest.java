package rs.eobuka.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.i18n.Language;

/** The printed QR code reads back as the public link; the card is a PDF. */
class CornerCardTest {

    @Test
    void shouldEncodeThePublicLinkInTheReadersLanguage() throws Exception {
        String link = CornerCard.link("7K2M9QX4HD3T", Language.SR_CYRL);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CornerCard.qrPng(link, 300)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();

        assertThat(decoded).isEqualTo(link).endsWith("/feedback/answer.xhtml?c=7K2M9QX4HD3T&lang=sr-Cyrl");
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void shouldLayOutTheCardInCyrillic() {
        byte[] pdf = CornerCard.cardPdf("Дигитални караван у Чачку", "7K2M9QX4HD3T", Language.SR_CYRL);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2000);
    }
}
