package rs.eobuka.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
            this.basic = password == null ? null
                    : "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        boolean hasSession() {
            return cookie != null;
        }
    }

    static {
        // keep a connection per client thread alive between calls (the JDK keeps 5 by default)
        System.setProperty("http.maxConnections", "64");
    }

    private final String base;

    ApiClient(String base) {
        this.base = base;
    }

    static User user(String name, String password) {
        return new User(name, password);
    }

    /**
     * Nobody signed in: a reader of a public page, or someone answering a feedback link. Sends no
     * credentials and keeps no session cookie, as a first visit from a mail or a printed code.
     */
    static User anonymous() {
        return new User("anonymous", null);
    }

    Reply get(User user, String path) {
        return send(user, "GET", path, null);
    }

    /** POST with a JSON body, or with an empty body when {@code json} is null. */
    Reply post(User user, String path, String json) {
        return send(user, "POST", path, json);
    }

    private Reply send(User user, String method, String path, String json) {
        String cookie = user.cookie;
        Reply reply = exchange(user, method, path, json, cookie);
        if (reply.status() == 401 && cookie != null) {
            user.cookie = null;
            reply = exchange(user, method, path, json, null);
        }
        return reply;
    }

    /**
     * One call over a kept-alive connection. HttpURLConnection rather than java.net.http: the
     * harness shares the machine's cores with the server it measures, and the blocking client
     * costs it several times less CPU per call than the asynchronous one.
     */
    private Reply exchange(User user, String method, String path, String json, String cookie) {
        long start = System.nanoTime();
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Accept", "application/json");
            if (cookie != null) {
                connection.setRequestProperty("Cookie", cookie);
            } else if (user.basic != null) {
                connection.setRequestProperty("Authorization", user.basic);
            }
            if ("POST".equals(method)) {
                byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            String text;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                // read to the end, so the connection goes back to the keep-alive cache
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long elapsed = System.nanoTime() - start;
            String setCookie = connection.getHeaderField("Set-Cookie");
            if (setCookie != null && user.basic != null) {
                user.cookie = setCookie.split(";", 2)[0];
            }
            return new Reply(status, text, elapsed);
        } catch (IOException e) {
            return new Reply(Samples.NO_ANSWER, String.valueOf(e), System.nanoTime() - start);
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
