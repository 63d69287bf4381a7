package disclosure.query.applications;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.ClockHistory;
import disclosure.query.applications.ApplicationQueries.ApplicationSummary;
import disclosure.query.position.ReadYourWrites;
import disclosure.query.stream.StoredEvents;
import disclosure.query.stream.StoredEvents.StoredEvent;
import disclosure.statute.LegalTime;
import disclosure.statute.clock.ClockReading;
import disclosure.statute.clock.StatutoryClock;
import disclosure.statute.intake.ApplicantCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.access.PersonalData;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * 申请查询: the list of applications with filters and paging, and one application with its full timeline and
 * its statutory clock. Every endpoint takes {@code minPosition} for read-your-writes.
 */
@RestController
@Validated
@RequestMapping(path = "/api/applications", produces = "application/json")
public class ApplicationController {
    private final ApplicationQueries queries;
    private final StoredEvents events;
    private final StatutoryClock statutoryClock;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper json = new ObjectMapper();
    private final PersonalDataViews personalDataViews;

    public ApplicationController(ApplicationQueries queries, StoredEvents events, StatutoryClock statutoryClock,
                                 Clock clock, ReadYourWrites readYourWrites, PersonalDataViews personalDataViews) {
        this.personalDataViews = personalDataViews;
        this.queries = queries;
        this.events = events;
        this.statutoryClock = statutoryClock;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    @Requires(StaffAction.VIEW_APPLICATIONS)
    @GetMapping
    public ApplicationQueries.Page list(@Parameter(hidden = true) StaffIdentity staff,
                                        @RequestParam(name = "agency", required = false) String requestedAgency,
                                        @RequestParam(required = false) ApplicationFilter.Status status,
                                        @RequestParam(required = false) String handler,
                                        @RequestParam(required = false) ApplicantCategory category,
                                        @RequestParam(required = false) @Min(2019) @Max(2100) Integer receivedYear,
                                        @RequestParam(required = false) @Min(2019) @Max(2100) Integer closedYear,
                                        @RequestParam(required = false) @Min(0) @Max(60) Integer dueWithin,
                                        @RequestParam(required = false) Boolean overdue,
                                        @RequestParam(required = false) Boolean late,
                                        @RequestParam(required = false) @Size(max = 200) String q,
                                        @RequestParam(defaultValue = "NEWEST") ApplicationFilter.Order order,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                        @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        return queries.list(new ApplicationFilter(agency, status, handler, category, receivedYear, closedYear,
                dueWithin, overdue, late, q, order), page, size);
    }

    /** One step of the timeline: what happened, who did it, when, and the event as recorded. */
    public record TimelineEntry(long position, long sequence, String type, String by, Instant at, JsonNode event) {}

    public record ApplicationDetail(ApplicationSummary application, ClockReading clock, List<TimelineEntry> timeline) {}

    @Requires(StaffAction.VIEW_APPLICATIONS)
    @GetMapping("/{applicationId}")
    public ApplicationDetail detail(@Parameter(hidden = true) StaffIdentity staff,
                                    @PathVariable String applicationId,
                                    @RequestParam(defaultValue = "false") boolean personalData,
                                    @RequestParam(required = false) Long minPosition) {
        readYourWrites.awaitPosition(minPosition);
        ApplicationSummary summary = queries.find(applicationId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        AgencyScope.require(staff, summary.agency());
        if (personalData) {
            personalDataViews.record(staff, summary);
        }
        List<StoredEvent> history = events.of(applicationId);
        ClockHistory clockHistory = new ClockHistory();
        history.forEach(stored -> stored.event().ifPresent(clockHistory::apply));
        LocalDate asOf = summary.closedOn() != null ? summary.closedOn() : LegalTime.today(clock);
        ClockReading reading = statutoryClock.read(clockHistory.facts(), asOf);
        List<TimelineEntry> timeline = history.stream().map(stored -> new TimelineEntry(stored.position(),
                stored.sequence(), stored.type(), stored.event().map(ApplicationEvent::by).orElse(null),
                stored.event().map(ApplicationEvent::at).orElse(stored.recordedAt()),
                personalData ? tree(stored.json()) : masked(tree(stored.json())))).toList();
        return new ApplicationDetail(summary, reading, timeline);
    }

    /**
     * The applicant's ID number, phone, address and e-mail masked wherever an event carries them (个人信息保护法):
     * what staff without {@link StaffAction#VIEW_PERSONAL_DATA} see.
     */
    static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("applicant") instanceof ObjectNode applicant) {
                mask(applicant, "idDocumentNumber", PersonalData::idNumber);
                mask(applicant, "phone", PersonalData::phone);
                mask(applicant, "address", PersonalData::address);
                mask(applicant, "email", PersonalData::email);
            }
            object.forEach(ApplicationController::masked);
        } else if (node != null && node.isArray()) {
            node.forEach(ApplicationController::masked);
        }
        return node;
    }

    private static void mask(ObjectNode applicant, String field, UnaryOperator<String> masking) {
        if (applicant.hasNonNull(field)) {
            applicant.put(field, masking.apply(applicant.get(field).asText()));
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
