package disclosure.query.applications;

import io.swagger.v3.oas.annotations.Parameter;
import disclosure.access.service.Requires;
import disclosure.access.service.AgencyScope;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffAction;
import disclosure.query.position.ReadYourWrites;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 重复申请 (条例第三十六条第六项): earlier applications to the same agency by the same applicant (same ID document
 * number) asking for similar information, so intake staff are warned before they register another. A warning, not
 * a refusal: whether it is really a repeat is for the handler to decide (outcome 5.2).
 * <p>
 * A query by POST, so the ID number travels in the body and never in a URL (access logs, proxies).
 */
@RestController
@Validated
public class RepeatedRequests {
    /** Share of the requested text's character pairs two requests must have in common to count as similar. */
    static final double SIMILAR = 0.5;

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadYourWrites readYourWrites;

    public RepeatedRequests(NamedParameterJdbcTemplate jdbc, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.readYourWrites = readYourWrites;
    }

    public record Probe(@NotBlank @Size(max = 200) String agency, @NotBlank @Size(max = 50) String idDocumentNumber,
                        @NotBlank @Size(max = 4000) String requestedInformation) {}

    /** An earlier application and how much of its requested text the new one repeats (0–1). */
    public record EarlierRequest(String applicationId, String caseNumber, LocalDate receiptDate,
                                 String requestedInformation, String status, String outcome, double similarity) {}

    @Requires(StaffAction.VIEW_APPLICATIONS)
    @PostMapping(path = "/api/applications/similar", consumes = "application/json", produces = "application/json")
    public List<EarlierRequest> similar(@Parameter(hidden = true) StaffIdentity staff,
                                        @Valid @RequestBody Probe probe,
                                        @RequestParam(required = false) Long minPosition) {
        AgencyScope.require(staff, probe.agency().strip());
        readYourWrites.awaitPosition(minPosition);
        Set<String> pairs = pairsOf(probe.requestedInformation());
        return jdbc.query("""
                        SELECT v.application_id, v.case_number, v.receipt_date, v.requested_information, v.status,
                               v.outcome
                        FROM event_log e JOIN application_view v ON v.application_id = e.application_id
                        WHERE e.event_type = 'ApplicationReceived'
                          AND e.payload->'applicant'->>'idDocumentNumber' = :idNumber AND v.agency = :agency""",
                new MapSqlParameterSource("idNumber", probe.idDocumentNumber().strip())
                        .addValue("agency", probe.agency().strip()),
                (rs, i) -> new EarlierRequest(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5), rs.getString(6), similarity(pairs, rs.getString(4))))
                .stream().filter(earlier -> earlier.similarity() >= SIMILAR)
                .sorted(Comparator.comparing(EarlierRequest::similarity).reversed()
                        .thenComparing(EarlierRequest::receiptDate, Comparator.reverseOrder()))
                .toList();
    }

    /** Dice coefficient of the two texts' character pairs: it works for Chinese, where there are no spaces. */
    static double similarity(Set<String> pairs, String other) {
        Set<String> otherPairs = pairsOf(other);
        if (pairs.isEmpty() || otherPairs.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(pairs);
        common.retainAll(otherPairs);
        return 2.0 * common.size() / (pairs.size() + otherPairs.size());
    }

    static Set<String> pairsOf(String text) {
        int[] characters = text.codePoints().filter(Character::isLetterOrDigit).toArray();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < characters.length; i++) {
            pairs.add(new String(characters, i, 2));
        }
        return pairs;
    }
}
