package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.it.ApiFixtures.Json;
import rs.eobuka.it.CompetitionFixtures.Upload;

/**
 * Uploads (the competition's entry images, the only files the public sends): judged by what the
 * bytes are, not by the name or type the sender gave them; limited in number, size and pixels;
 * stored as the decoded picture written anew; served only as an image, never sniffed as a page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadsIT {

    private static final String SCRIPT = "<html><body><script>alert(document.cookie)</script></body></html>";

    @ArquillianResource
    URL base;

    private ApiClient api;
    private CompetitionFixtures competitions;
    private String organizer;
    private long competition;

    @BeforeEach
    void openACompetition() throws Exception {
        api = new ApiClient(base);
        competitions = new CompetitionFixtures(api);
        organizer = new ApiFixtures(api).organizer();
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime closes = now.plusDays(10);
        competition = competitions.competition(organizer, now.minusMinutes(1), closes, closes.plusDays(5), closes.plusDays(1),
                closes.plusDays(8), competitions.juror(ApiFixtures.KRAGUJEVAC));
    }

    @Test
    void shouldJudgeAnUploadByWhatItIsNotByItsNameOrType() throws Exception {
        Upload png = Upload.png(40, 30);

        // a page named and typed as a picture, a picture that is a script, and a real image of another format
        assertRefused(List.of(new Upload("vrtic.png", "image/png", SCRIPT.getBytes(StandardCharsets.UTF_8))), "File 1 is not a JPEG or PNG image");
        assertRefused(List.of(new Upload("logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>".getBytes(StandardCharsets.UTF_8))),
                "File 1 is not a JPEG or PNG image");
        assertRefused(List.of(png, image("gif")), "File 2 is not a JPEG or PNG image");

        // while a real picture is taken whatever it is called
        HttpResponse<String> misnamed = competitions.entryWithImages(competition, email(), List.of(
                new Upload("notes.html", "text/html", png.bytes())));
        assertThat(misnamed.statusCode()).as(misnamed.body()).isEqualTo(201);
    }

    @Test
    void shouldKeepOnlyTheDecodedPictureAndServeItAsAnImage() throws Exception {
        // Given a picture with a page appended to it (a polyglot: an image viewer and a browser both open it)
        Upload png = Upload.png(40, 30);
        byte[] polyglot = concat(png.bytes(), SCRIPT.getBytes(StandardCharsets.UTF_8));
        String email = email();
        HttpResponse<String> entered = competitions.entryWithImages(competition, email, List.of(new Upload("vrtic.png", "image/png", polyglot)));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        long entry = competitions.publish(Json.number(entered.body(), "id"), email, organizer);

        // When the published entry's image is fetched
        HttpResponse<byte[]> image = api.getBytes("api/entries/" + entry + "/images/1", null);

        // Then it is the picture alone, as an image the browser may not take for anything else
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".png\""));
        assertThat(new String(image.body(), StandardCharsets.ISO_8859_1)).doesNotContain("<script", "<html");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getRGB(20, 15) & 0xFFFFFF).isEqualTo(0xFF0000);
        // and an image past the entry's last one is not there
        assertThat(api.getBytes("api/entries/" + entry + "/images/2", null).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseTooManyTooLargeAndTooWideImages() throws Exception {
        Upload png = Upload.png(40, 30);

        assertRefused(Collections.nCopies(4, png), "At most 3 images per entry");
        // a file past 5 MB, refused as it is read
        byte[] large = Arrays.copyOf(png.bytes(), 5 * 1024 * 1024 + 1);
        assertRefused(List.of(new Upload("big.png", "image/png", large)), "Image 1 is larger than 5 MB");
        // a small file whose header promises more pixels a side than allowed, refused before it is decoded
        assertRefused(List.of(png, Upload.png(6001, 2)), "Image 2 is too large (at most 6,000 pixels a side)");
        assertRefused(List.of(new Upload("empty.png", "image/png", new byte[0])), "Image 1 is empty");
    }

    private void assertRefused(List<Upload> images, String message) throws Exception {
        HttpResponse<String> refused = competitions.entryWithImages(competition, email(), images);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("images", message);
    }

    private static Upload image(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), format, out);
        return new Upload("slika." + format, "image/" + format, out.toByteArray());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String email() {
        return ApiFixtures.unique("upload") + "@example.rs";
    }
}
