package disclosure.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The services' API as the demo uses it: the 台账 import, the query side's lists, and commands sent as a member of
 * staff. Every failure becomes a {@link LaunchException} saying what was being loaded, in Chinese and English, with
 * the service's own problem text.
 */
final class DemoApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration QUERY_SIDE_PATIENCE = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newHttpClient();
    private final int commandPort;
    private final int queryPort;

    DemoApi(int commandPort, int queryPort) {
        this.commandPort = commandPort;
        this.queryPort = queryPort;
    }

    /** What the demo is loading when a call fails, for the message: Chinese for staff, English for integrators. */
    record Task(String zh, String en) {}

    /** The answer of {@code POST /api/import}: see the README's 台账 section. */
    record Imported(long imported, long alreadyPresent, JsonNode refused, long refusedTotal, long position) {}

    /**
     * Imports JSON Lines; each refused line is printed (the answer lists them), the rest of the file is imported.
     *
     * @param what what the file holds, for the messages
     */
    Imported importLedger(String token, String ledger, Task what) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(command("/api/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(20))
                .POST(HttpRequest.BodyPublishers.ofString(ledger, StandardCharsets.UTF_8)), what);
        if (response.statusCode() != 200) {
            throw failed(what, response);
        }
        JsonNode result = json(response.body(), what);
        for (JsonNode refusal : result.get("refused")) {
            System.err.println("  演示数据被拒 / demo line refused: " + refusal);
        }
        return new Imported(result.get("imported").asLong(), result.get("alreadyPresent").asLong(),
                result.get("refused"), result.get("refusedTotal").asLong(), result.get("position").asLong());
    }

    /**
     * Waits until query-service reflects every event up to {@code position}, by the query side's own read-your-writes:
     * a request with {@code minPosition} is held until then, or answered 503 after 30 s and asked again, for at most
     * {@link #QUERY_SIDE_PATIENCE}.
     *
     * @param token a member of staff who may list applications
     */
    void awaitQuerySide(String token, long position) {
        Instant deadline = Instant.now().plus(QUERY_SIDE_PATIENCE);
        Task what = new Task("查询服务在 " + QUERY_SIDE_PATIENCE.toMinutes() + " 分钟内同步演示数据",
                "query-service catching up with the demo data within " + QUERY_SIDE_PATIENCE.toMinutes() + " minutes");
        while (true) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(query("/api/applications?size=1&minPosition="
                    + position)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET(), what);
            if (response.statusCode() == 200) {
                return;
            }
            if (response.statusCode() != 503 || Instant.now().isAfter(deadline)) {
                throw failed(what, response);
            }
        }
    }

    /** {@code GET} on query-service as the token's user. */
    JsonNode get(String token, String pathAndQuery, Task what) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(query(pathAndQuery))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET(), what);
        if (response.statusCode() != 200) {
            throw failed(what, response);
        }
        return json(response.body(), what);
    }

    /**
     * A command on command-service as the token's user, sent with an {@code Idempotency-Key}: sent again with the same
     * key (a launcher started again after a failure), it is carried out once.
     *
     * @return the global position of the application's last event
     */
    long post(String token, String path, String body, String idempotencyKey, Task what) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(command(path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), what);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw failed(what, response);
        }
        return json(response.body(), what).get("position").asLong();
    }

    private URI command(String path) {
        return URI.create("http://127.0.0.1:" + commandPort + path);
    }

    private URI query(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + queryPort + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Task what) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LaunchException("演示数据载入失败（" + what.zh() + "）：" + e + " / loading the demo failed ("
                    + what.en() + "): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while loading the demo");
        }
    }

    /** The service's problem (RFC 7807: title, detail and detail_en), or its bare answer. */
    private static LaunchException failed(Task what, HttpResponse<String> response) {
        String zh = response.body();
        String en = response.body();
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem != null && problem.has("title")) {
                zh = problem.path("code").asText() + " " + problem.path("title").asText() + "："
                        + problem.path("detail").asText();
                en = problem.path("code").asText() + ": "
                        + problem.path("detail_en").asText(problem.path("title_en").asText());
            }
        } catch (IOException e) {
            // not JSON: the bare answer says what there is to say
        }
        return new LaunchException("演示数据载入失败（" + what.zh() + "）：" + response.statusCode() + " " + zh
                + " / loading the demo failed (" + what.en() + "): " + response.statusCode() + " " + en);
    }

    private static JsonNode json(String body, Task what) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new LaunchException("演示数据载入失败（" + what.zh() + "）：无法读取服务的应答 / loading the demo failed ("
                    + what.en() + "): unreadable answer " + body);
        }
    }
}
