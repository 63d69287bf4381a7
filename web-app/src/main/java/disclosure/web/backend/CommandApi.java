package disclosure.web.backend;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.Map;

/** command-service: one POST per command; the answer says where the read side must be to show it. */
public class CommandApi {
    private final RestClient client;

    CommandApi(RestClient client) {
        this.client = client;
    }

    /**
     * @param applicationId  the application
     * @param caseNumber     on intake only
     * @param position       the {@code minPosition} the pages ask the query side for (read-your-writes)
     */
    public record Accepted(String applicationId, String caseNumber, long version, long position) {}

    /** Sends a command to {@code path} (under {@code /api/applications}) with this JSON body. */
    public Accepted send(String path, Map<String, Object> body) {
        return send(path, body, null);
    }

    /**
     * @param expectedVersion the application's version the page showed: if someone changed it since, the command
     *                        is refused (409) instead of acting on a state the user did not see
     */
    public Accepted send(String path, Map<String, Object> body, String expectedVersion) {
        return post("/api/applications" + path, body, expectedVersion);
    }

    /** A command without a body (预警已阅). */
    public Accepted sendWithoutBody(String path) {
        return client.post().uri("/api/applications" + path).retrieve().body(Accepted.class);
    }

    /** 主动公开 (table 二): {@code path} under {@code /api/proactive} ({@code /documents}, {@code /tallies} …). */
    public JsonNode proactive(String path, Map<String, Object> body) {
        return client.post().uri("/api/proactive" + path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class);
    }

    private Accepted post(String uri, Map<String, Object> body, String expectedVersion) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (expectedVersion != null && expectedVersion.matches("\\d{1,18}")) {
                        headers.setIfMatch(expectedVersion);
                    }
                }).body(body).retrieve().body(Accepted.class);
    }
}
