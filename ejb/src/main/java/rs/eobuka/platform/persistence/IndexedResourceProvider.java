package rs.eobuka.platform.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import rs.eobuka.platform.ClasspathIndex;

/**
 * Hands Flyway the migration scripts named in an index file that the build writes, instead of
 * letting Flyway scan the class path (which it cannot do inside a WildFly deployment).
 */
final class IndexedResourceProvider implements ResourceProvider {

    private final ClassLoader loader;
    private final List<String> paths;

    IndexedResourceProvider(ClassLoader loader, String indexPath) {
        this.loader = loader;
        this.paths = ClasspathIndex.read(loader, indexPath);
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
