package rs.eobuka.competition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * Checks an uploaded image and re-encodes it: the bytes must decode as a JPEG or PNG (whatever
 * name or type the sender gave them), within a size and a pixel count read from the header
 * before decoding (so a small file cannot unpack into gigabytes), and what is stored is the
 * decoded picture written anew, which drops anything else the file carried (scripts, camera
 * and GPS metadata).
 */
public final class EntryImages {

    public static final int MAX_IMAGES = 3;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 6000;
    static final long MAX_PIXELS = 24_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    /** An image as stored. */
    public record Encoded(String contentType, int width, int height, byte[] bytes) {
    }

    private EntryImages() {
    }

    /** The image re-encoded, or a refusal naming the field ({@code images}) and the image's number (1-based). */
    public static Encoded verify(byte[] upload, int number) {
        if (upload == null || upload.length == 0) {
            throw new RuleViolationException("images", "competition.image.empty", number);
        }
        if (upload.length > MAX_BYTES) {
            throw new RuleViolationException("images", "competition.image.tooLarge", number, MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage(number);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw notAnImage(number);
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new RuleViolationException("images", "competition.image.tooManyPixels", number, MAX_SIDE);
                }
                BufferedImage picture = reader.read(0);
                return encode(picture, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException refusal) {
                throw refusal;
            }
            throw notAnImage(number);
        }
    }

    private static Encoded encode(BufferedImage picture, String format) {
        BufferedImage image = picture;
        if ("jpeg".equals(format) && picture.getColorModel().hasAlpha()) {
            image = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
            image.createGraphics().drawImage(picture, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded("jpeg".equals(format) ? "image/jpeg" : "image/png", image.getWidth(), image.getHeight(), out.toByteArray());
    }

    private static RuleViolationException notAnImage(int number) {
        return new RuleViolationException("images", "competition.image.notAnImage", number);
    }
}
