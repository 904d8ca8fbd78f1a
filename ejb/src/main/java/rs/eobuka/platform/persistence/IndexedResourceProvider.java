package rs.eobuka.platform.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * Hands Flyway the migration scripts named in an index file that the build writes, instead of
 * letting Flyway scan the class path (which it cannot do inside a WildFly deployment).
 */
final class IndexedResourceProvider implements ResourceProvider {

    private final ClassLoader loader;
    private final List<String> paths;

    IndexedResourceProvider(ClassLoader loader, String indexPath) {
        this.loader = loader;
        this.paths = readIndex(loader, indexPath);
    }

    private static List<String> readIndex(ClassLoader loader, String indexPath) {
        try (InputStream in = loader.getResourceAsStream(indexPath)) {
            if (in == null) {
                throw new IllegalStateException("Migration index " + indexPath + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return paths.contains(name) ? resource(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return paths.stream()
                .filter(path -> fileName(path).startsWith(prefix))
                .filter(path -> Arrays.stream(suffixes).anyMatch(path::endsWith))
                .map(this::resource)
                .toList();
    }

    private LoadableResource resource(String path) {
        Location location = new Location("classpath:" + path.substring(0, path.lastIndexOf('/')));
        return new ClassPathResource(location, path, loader, StandardCharsets.UTF_8);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
