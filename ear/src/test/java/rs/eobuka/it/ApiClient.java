package rs.eobuka.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** A small HTTP client for the JSON API, as an integration would call it. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "demo-lozinka";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public ApiClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public HttpResponse<String> get(String path, String user, String language) throws IOException, InterruptedException {
        return http.send(request(path, user, language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return post(path, user, json, null);
    }

    public HttpResponse<String> post(String path, String user, String json, String language) throws IOException, InterruptedException {
        return http.send(postRequest(path, user, json, language), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of a body of any type, e.g. a multipart form. */
    public HttpResponse<String> post(String path, String user, String contentType, byte[] body, String language)
            throws IOException, InterruptedException {
        return http.send(request(path, user, language).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is kept as bytes (images, documents). */
    public HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The same POST, sent without waiting: for tests that fire many requests at once. */
    public CompletableFuture<HttpResponse<String>> postAsync(String path, String user, String json) {
        return http.sendAsync(postRequest(path, user, json, null), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user, null).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> put(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(request(path, user, null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> deleteAsync(String path, String user) {
        return http.sendAsync(request(path, user, null).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest postRequest(String path, String user, String json, String language) {
        return request(path, user, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest.Builder request(String path, String user, String language) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : DEMO_PASSWORD;
            String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    /** An answer read off the wire: status, head and body. */
    public record RawReply(int status, String head, String body) {
    }

    /** A loopback address of the 127.0.0.0/8 network picked at random, which no other test signs in from. */
    public static String freshLoopbackAddress() {
        return "127.0." + (1 + (int) (Math.random() * 250)) + "." + (2 + (int) (Math.random() * 250));
    }

    /**
     * GET api/registrations with Basic credentials ({@code user:password}), sent from this local
     * address (the server counts failed sign-ins per address), over a plain socket.
     */
    public RawReply callFrom(String address, String credentials) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(address, 0));
            socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + base.getPath() + "api/registrations HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = reply.indexOf("\r\n\r\n");
            String head = end < 0 ? reply : reply.substring(0, end);
            return new RawReply(Integer.parseInt(head.substring(9, 12)), head, end < 0 ? "" : reply.substring(end + 4));
        }
    }
}
