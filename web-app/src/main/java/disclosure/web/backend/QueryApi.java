package disclosure.web.backend;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.statute.clock.ClockReading;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** query-service: lists, one application, the board, the annual tables. Every read takes {@code minPosition}. */
public class QueryApi {
    private final RestClient client;

    QueryApi(RestClient client) {
        this.client = client;
    }

    public record Summary(String applicationId, String agency, String caseNumber, String channel,
                          LocalDate receiptDate, String category, String applicantName, String requestedInformation,
                          String status, String phase, LocalDate answerDue, LocalDate supplementDue, String outcome,
                          LocalDate closedOn, String timeliness, String handler, long version, long position) {}

    public record Page(List<Summary> items, long total, int page, int size) {}

    public record TimelineEntry(long position, long sequence, String type, String by, Instant at, JsonNode event) {}

    public record Detail(Summary application, ClockReading clock, List<TimelineEntry> timeline) {}

    public record AtRisk(String applicationId, String agency, String caseNumber, String handler, LocalDate answerDue,
                         Integer workingDaysLeft, boolean overdue) {}

    public record Board(LocalDate today, List<AtRisk> applications) {}

    public record Table3(List<String> columns, Map<String, List<Integer>> rows) {}

    public record Check(String name, boolean passed, String detail) {}

    public record Report(int year, String agency, Table3 table3, JsonNode table4, List<Check> checks) {}

    public record CellApplication(String applicationId, String caseNumber) {}

    public record Cell(int year, String agency, String row, int column, int count,
                       List<CellApplication> applications) {}

    public record EarlierRequest(String applicationId, String caseNumber, LocalDate receiptDate,
                                 String requestedInformation, String status, String outcome, double similarity) {}

    /** @param filters query parameters of {@code GET /api/applications}; null values are left out */
    public Page list(Map<String, Object> filters) {
        return get("/api/applications", filters, Page.class);
    }

    public Detail detail(String applicationId, Long minPosition) {
        return get("/api/applications/" + applicationId, params("minPosition", minPosition), Detail.class);
    }

    public Board board(String agency, Long minPosition) {
        return get("/api/board", params("agency", agency, "minPosition", minPosition), Board.class);
    }

    public Report report(int year, String agency) {
        return get("/api/reports/" + year, params("agency", agency), Report.class);
    }

    public String reportMarkdown(int year, String agency) {
        return get("/api/reports/" + year + "/markdown", params("agency", agency), String.class);
    }

    public Cell table3Cell(int year, String agency, String row, int column) {
        return get("/api/reports/" + year + "/table3/cell",
                params("agency", agency, "row", row, "column", column), Cell.class);
    }

    public List<EarlierRequest> similar(String agency, String idDocumentNumber, String requestedInformation) {
        return List.of(client.post().uri("/api/applications/similar").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("agency", agency, "idDocumentNumber", idDocumentNumber,
                        "requestedInformation", requestedInformation))
                .retrieve().body(EarlierRequest[].class));
    }

    private <T> T get(String path, Map<String, Object> params, Class<T> type) {
        Function<UriBuilder, URI> uri = builder -> {
            builder.path(path);
            params.forEach((name, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    builder.queryParam(name, "{" + name + "}");
                }
            });
            return builder.build(params);
        };
        return client.get().uri(uri).retrieve().body(type);
    }

    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
