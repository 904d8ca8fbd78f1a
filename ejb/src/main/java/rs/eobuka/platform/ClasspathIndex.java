package rs.eobuka.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an index file the build writes (one class-path resource per line). Inside a WildFly
 * deployment a jar's folders cannot be listed through VFS, so migrations and process models
 * are found through these indexes instead of by scanning.
 */
public final class ClasspathIndex {

    private ClasspathIndex() {
    }

    public static List<String> read(ClassLoader loader, String indexPath) {
        try (InputStream in = loader.getResourceAsStream(indexPath)) {
            if (in == null) {
                throw new IllegalStateException("Index " + indexPath + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
