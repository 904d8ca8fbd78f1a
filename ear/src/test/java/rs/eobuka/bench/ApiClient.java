package rs.eobuka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API as a client sees it. Each {@link User} signs in once with HTTP Basic and then
 * sends the session cookie the server set, as a browser or a well-behaved integration would; a
 * 401 on the cookie (session expired) falls back to Basic once. Bodies are read with small
 * patterns: the harness needs only ids and a status from them.
 */
final class ApiClient {

    private static final Pattern NUMBER_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TEXT_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

    record Reply(int status, String body, long nanos) {

        boolean is(int expected) {
            return status == expected;
        }
    }

    static final class User {
        final String name;
        private final String basic;
        private volatile String cookie;

        private User(String name, String password) {
            this.name = name;
            this.basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        boolean hasSession() {
            return cookie != null;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    ApiClient(String base) {
        this.base = base;
    }

    static User user(String name, String password) {
        return new User(name, password);
    }

    Reply get(User user, String path) {
        return send(user, () -> HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** POST with a JSON body, or with an empty body when {@code json} is null. */
    Reply post(User user, String path, String json) {
        return send(user, () -> HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private interface RequestFactory {
        HttpRequest.Builder create();
    }

    private Reply send(User user, RequestFactory factory) {
        String cookie = user.cookie;
        Reply reply = exchange(user, factory.create(), cookie);
        if (reply.status() == 401 && cookie != null) {
            user.cookie = null;
            reply = exchange(user, factory.create(), null);
        }
        return reply;
    }

    private Reply exchange(User user, HttpRequest.Builder request, String cookie) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        } else {
            request.header("Authorization", user.basic);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            response.headers().firstValue("Set-Cookie")
                    .map(header -> header.split(";", 2)[0])
                    .ifPresent(value -> user.cookie = value);
            return new Reply(response.statusCode(), response.body(), elapsed);
        } catch (IOException e) {
            return new Reply(Samples.NO_ANSWER, String.valueOf(e), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(Samples.NO_ANSWER, "interrupted", System.nanoTime() - start);
        }
    }

    static long numberId(String body) {
        Matcher m = NUMBER_ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static List<String> textIds(String body) {
        List<String> ids = new ArrayList<>();
        Matcher m = TEXT_ID.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static String status(String body) {
        Matcher m = STATUS.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static List<String> objects(String array) {
        List<String> objects = new ArrayList<>();
        Matcher m = OBJECT.matcher(array);
        while (m.find()) {
            objects.add(m.group());
        }
        return objects;
    }
}
