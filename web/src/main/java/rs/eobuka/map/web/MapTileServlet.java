package rs.eobuka.map.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import rs.eobuka.map.SerbiaOutline;

/**
 * The map's background tiles, when {@code EOBUKA_MAP_TILES} names a tile server (a URL template
 * with {z}, {x} and {y}). The browser asks the application, never the tile server: the page's
 * content security policy stays 'self', readers' addresses are not handed to a third party, and
 * only the few tiles that cover Serbia are fetched, once, and kept.
 */
@WebServlet("/map/tiles/*")
public class MapTileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MapTileServlet.class.getName());

    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final transient HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    transient SerbiaOutline outline;

    static String template() {
        return System.getProperty("eobuka.map.tiles", "").strip();
    }

    static boolean configured() {
        return !template().isEmpty();
    }

    /** The tile's address on the configured server. */
    static String tileUrl(String template, int zoom, int column, int row) {
        return template.replace("{s}", "a").replace("{z}", Integer.toString(zoom))
                .replace("{x}", Integer.toString(column)).replace("{y}", Integer.toString(row));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        if (!configured() || parts.length != 3) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int zoom;
        int column;
        int row;
        try {
            zoom = Integer.parseInt(parts[0]);
            column = Integer.parseInt(parts[1]);
            row = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!outline.covers(zoom, column, row)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = zoom + "/" + column + "/" + row;
        byte[] tile = cache.get(key);
        if (tile == null) {
            tile = fetch(tileUrl(template(), zoom, column, row));
            if (tile == null) {
                response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
                return;
            }
            cache.put(key, tile);
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getOutputStream().write(tile);
    }

    private byte[] fetch(String url) {
        try {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "eObuka map").build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer.statusCode() == 200 ? answer.body() : null;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Map tile {0} could not be fetched: {1}", new Object[] {url, e.getMessage()});
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
