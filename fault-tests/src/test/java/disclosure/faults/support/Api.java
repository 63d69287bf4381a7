package disclosure.faults.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** HTTP to the services on 127.0.0.1: every request carries its {@link Client}'s identity; no answer is a value. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Api() {
    }

    /** What came back: a status, a body and the headers; or {@link #NONE} when no answer came at all. */
    public record Answer(int status, String body, HttpResponse<?> response) {
        public static final Answer NONE = new Answer(-1, "", null);

        public boolean answered() {
            return status > 0;
        }

        public boolean success() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return response == null ? Optional.empty() : response.headers().firstValue(name);
        }
    }

    public static Answer postJson(String url, Client client, String idempotencyKey, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(client.identify(request));
    }

    public static Answer get(String url, Client client) {
        return send(client.identify(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Sends a request as built (the hostile corpus builds its own); the client's identity is added first. */
    public static Answer send(Client client, HttpRequest.Builder request) {
        return send(client.identify(request));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            return Answer.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NONE;
        }
    }
}
