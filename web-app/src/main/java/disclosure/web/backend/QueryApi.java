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

    public record EarlierRequest(String applicationId, String caseNumber, LocalDate receiptDate,
                                 String requestedInformation, String status, String outcome, double similarity) {}

    /** 预警 as the inbox lists it (no personal data). */
    public record Alert(String alertId, String kind, String label, String applicationId, String caseNumber,
                        String agency, String handler, LocalDate dueDate, Integer workingDaysLeft, String appealId,
                        Instant firedAt, long position, String state, String acknowledgedBy,
                        Instant acknowledgedAt) {}

    /** @param unread all unread alerts of the selection, whatever page and state were asked */
    public record Inbox(String handler, String agency, String state, long unread, long acknowledged, int page,
                        int size, List<Alert> alerts) {}

    /** 每日预警摘要 of one agency and day. */
    public record Digest(String agency, LocalDate date, List<Alert> fired, int dueWithin, List<AtRisk> dueSoon,
                         long overdue, long unacknowledged) {}

    /** 审批: where an application stands while something of it waits for the 负责人 ({@code version}: for If-Match). */
    public record PendingApplication(String applicationId, String agency, String caseNumber, LocalDate answerDue,
                                     Integer workingDaysLeft, boolean overdue, long version) {}

    /** 延期申请 waiting for the 负责人. */
    public record ExtensionRequest(PendingApplication application, String requestedBy, Instant requestedAt,
                                   long position, int workingDays, String reason) {}

    /** 待签发的答复. */
    public record AnswerAwaitingSignOff(PendingApplication application, String requestedBy, Instant requestedAt,
                                        long position, String outcome, String outcomeLabel, String legalBasis,
                                        LocalDate proposedAnswerDate, String summary) {}

    public record Approvals(String agency, LocalDate today, List<ExtensionRequest> extensionRequests,
                            List<AnswerAwaitingSignOff> answersAwaitingSignOff) {}

    /** A file as a service answered it: bytes, type and the name it suggests. */
    public record Download(byte[] body, String contentType, String contentDisposition) {}

    /** @param filters query parameters of {@code GET /api/applications}; null values are left out */
    public Page list(Map<String, Object> filters) {
        return get("/api/applications", filters, Page.class);
    }

    /** @param personalData whether to see the applicant unmasked (recorded by query-service; its roles only) */
    public Detail detail(String applicationId, boolean personalData, Long minPosition) {
        return get("/api/applications/" + applicationId, params("personalData", personalData ? true : null,
                "minPosition", minPosition), Detail.class);
    }

    public Board board(String agency, Long minPosition) {
        return get("/api/board", params("agency", agency, "minPosition", minPosition), Board.class);
    }

    /** @param handler the member of staff (null: the whole agency); @param state UNREAD, ACKNOWLEDGED or null */
    public Inbox inbox(String handler, String agency, String state, int page, Long minPosition) {
        return get("/api/inbox", params("handler", handler, "agency", agency, "state", state, "page", page,
                "minPosition", minPosition), Inbox.class);
    }

    public Approvals approvals(String agency, Long minPosition) {
        return get("/api/approvals", params("agency", agency, "minPosition", minPosition), Approvals.class);
    }

    public Digest digest(String agency, LocalDate date, Long minPosition) {
        return get("/api/digest", params("agency", agency, "date", date, "minPosition", minPosition), Digest.class);
    }

    /** The whole annual report (JSON): now, or as it stood at the end of {@code asOf} (Beijing time). */
    public JsonNode fullReport(int year, String agency, LocalDate asOf, Long minPosition) {
        return get("/api/reports/" + year + "/full", params("agency", agency, "asOf", asOf,
                "minPosition", minPosition), JsonNode.class);
    }

    /** The whole report in one export format ({@code docx}, {@code xlsx}, {@code md}, {@code html}). */
    public Download export(int year, String agency, LocalDate asOf, String format, Long minPosition) {
        return download("/api/reports/" + year + "/full/export/" + format, params("agency", agency, "asOf", asOf,
                "minPosition", minPosition));
    }

    /** The whole report in one export format as the log stood at {@code position}: the same count as a JSON report. */
    public Download exportAt(int year, String agency, long position, String format) {
        return download("/api/reports/" + year + "/full/export/" + format, params("agency", agency,
                "position", position));
    }

    public Download snapshotExport(long number, String format) {
        return download("/api/reports/snapshots/" + number + "/export/" + format, params());
    }

    /** The stored snapshots of a year and agency (null agency: the 全市汇总), newest first. */
    public JsonNode snapshots(int year, String agency) {
        return get("/api/reports/snapshots", params("year", year, "agency", agency), JsonNode.class);
    }

    public JsonNode snapshot(long number) {
        return get("/api/reports/snapshots/" + number, params(), JsonNode.class);
    }

    public JsonNode restatement(long number) {
        return get("/api/reports/snapshots/" + number + "/restatement", params(), JsonNode.class);
    }

    /** One cell of the whole report drilled down ({@code table3:2:0}, {@code table2:REGULATION:0} …). */
    public JsonNode provenance(int year, String agency, String cell, LocalDate asOf, Long minPosition) {
        return get("/api/reports/" + year + "/provenance", params("agency", agency, "cell", cell, "asOf", asOf,
                "minPosition", minPosition), JsonNode.class);
    }

    /** Saves a numbered draft snapshot of the report as the log stands now (after {@code minPosition}). */
    public JsonNode saveDraft(int year, String agency, Long minPosition) {
        return client.post().uri(uri("/api/reports/" + year + "/drafts", params("agency", agency,
                "minPosition", minPosition))).retrieve().body(JsonNode.class);
    }

    /** Replaces a paragraph's template (figures as {@code {{name}}}). */
    public JsonNode editText(int year, String agency, String paragraph, String template) {
        return client.put().uri(uri("/api/reports/" + year + "/text/" + paragraph, params("agency", agency)))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("template", template))
                .retrieve().body(JsonNode.class);
    }

    public List<EarlierRequest> similar(String agency, String idDocumentNumber, String requestedInformation) {
        return List.of(client.post().uri("/api/applications/similar").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("agency", agency, "idDocumentNumber", idDocumentNumber,
                        "requestedInformation", requestedInformation))
                .retrieve().body(EarlierRequest[].class));
    }

    private <T> T get(String path, Map<String, Object> params, Class<T> type) {
        return client.get().uri(uri(path, params)).retrieve().body(type);
    }

    private Download download(String path, Map<String, Object> params) {
        var response = client.get().uri(uri(path, params)).retrieve().toEntity(byte[].class);
        var type = response.getHeaders().getContentType();
        return new Download(response.getBody(), type == null ? "application/octet-stream" : type.toString(),
                response.getHeaders().getFirst(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION));
    }

    private static Function<UriBuilder, URI> uri(String path, Map<String, Object> params) {
        return builder -> {
            builder.path(path);
            params.forEach((name, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    builder.queryParam(name, "{" + name + "}");
                }
            });
            return builder.build(params);
        };
    }

    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
