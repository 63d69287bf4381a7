package disclosure.query.approvals;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.access.service.AgencyScope;
import disclosure.access.service.Requires;
import disclosure.query.approvals.PendingApprovals.AnswerAwaitingSignOff;
import disclosure.query.approvals.PendingApprovals.ExtensionRequest;
import disclosure.query.position.ReadYourWrites;
import disclosure.statute.LegalTime;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 审批: what waits for the 负责人 of an agency — 承办人's requests to extend an answer period (条例第三十三条) and
 * answers submitted for sign-off (签发) — each with who asked, when, and the working days left to the answer's due
 * date, most urgent first. Decided on command-service ({@code …/extension-request/approve}, {@code …/decline},
 * {@code …/answer-draft/sign-off}, {@code …/return}).
 */
@RestController
public class ApprovalsController {
    private final PendingApprovals approvals;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    public ApprovalsController(PendingApprovals approvals, ReadYourWrites readYourWrites, Clock clock) {
        this.approvals = approvals;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    /** @param agency the agency whose matters these are; null for all (全市 staff only) */
    public record Approvals(String agency, LocalDate today, List<ExtensionRequest> extensionRequests,
                            List<AnswerAwaitingSignOff> answersAwaitingSignOff) {}

    @Requires(StaffAction.VIEW_APPROVALS)
    @GetMapping(path = "/api/approvals", produces = "application/json")
    public Approvals approvals(@Parameter(hidden = true) StaffIdentity staff,
                               @RequestParam(name = "agency", required = false) String requestedAgency,
                               @RequestParam(required = false) Long minPosition) {
        String agency = AgencyScope.restrict(staff, requestedAgency);
        readYourWrites.awaitPosition(minPosition);
        LocalDate today = LegalTime.today(clock);
        return new Approvals(agency, today, approvals.extensionRequests(agency, today),
                approvals.answersAwaitingSignOff(agency, today));
    }
}
