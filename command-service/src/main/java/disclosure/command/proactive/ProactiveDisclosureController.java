package disclosure.command.proactive;

import disclosure.command.proactive.ProactiveRequests.IssueDocumentBody;
import disclosure.command.proactive.ProactiveRequests.RecordTallyBody;
import disclosure.command.proactive.ProactiveRequests.RepealDocumentBody;
import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.access.service.AgencyScope;
import disclosure.access.service.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * 主动公开 (table 二 of the annual report): documents issued and repealed, and the monthly figures of decisions
 * and fees. Each answer gives the record's id and the global position of its last event ({@code minPosition} on the
 * query side).
 */
@RestController
@Validated
@RequestMapping(path = "/api/proactive", produces = "application/json")
@Tag(name = "主动公开", description = "Table 二 of the annual report: documents, decisions, fees")
public class ProactiveDisclosureController {
    private static final String USER_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    private final ProactiveRecords records;
    private final ProactiveImporter importer;

    public ProactiveDisclosureController(ProactiveRecords records, ProactiveImporter importer) {
        this.records = records;
        this.importer = importer;
    }

    @Requires(StaffAction.RECORD_PROACTIVE_DISCLOSURE)
    @PostMapping(path = "/documents", consumes = "application/json")
    @Operation(summary = "登记制发的规章或行政规范性文件 (条例第二十条第（一）项)")
    public ResponseEntity<ProactiveRecords.Recorded> issue(
            @Parameter(hidden = true) StaffIdentity staff,
            @Valid @RequestBody IssueDocumentBody body) {
        AgencyScope.require(staff, body.agency().strip());
        return ResponseEntity.status(HttpStatus.CREATED).body(records.issue(body.agency().strip(), body.kind(),
                body.title().strip(), body.documentNumber().strip(), body.issuedOn(), staff.userId()));
    }

    @Requires(StaffAction.RECORD_PROACTIVE_DISCLOSURE)
    @PostMapping(path = "/documents/{documentId}/repeal", consumes = "application/json")
    @Operation(summary = "登记废止", description = "Not before the document was issued, once.")
    public ProactiveRecords.Recorded repeal(
            @PathVariable @Pattern(regexp = USER_PATTERN) String documentId,
            @Parameter(hidden = true) StaffIdentity staff,
            @Valid @RequestBody RepealDocumentBody body) {
        return records.repeal(documentId, body.repealedOn(), body.reason(), staff.userId(), staff.agency());
    }

    @Requires(StaffAction.RECORD_PROACTIVE_DISCLOSURE)
    @PostMapping(path = "/tallies", consumes = "application/json")
    @Operation(summary = "登记某月的行政许可、行政处罚、行政强制决定数或行政事业性收费金额（元）",
            description = "Recording a month again replaces its figure; the same figure records nothing.")
    public ProactiveRecords.Recorded tally(
            @Parameter(hidden = true) StaffIdentity staff,
            @Valid @RequestBody RecordTallyBody body) {
        AgencyScope.require(staff, body.agency().strip());
        return records.tally(body.agency().strip(), body.item(), body.month(), body.value(), body.reason(),
                staff.userId());
    }

    @Requires(StaffAction.RECORD_PROACTIVE_DISCLOSURE)
    @PostMapping(path = "/import", consumes = "application/x-ndjson")
    @Operation(summary = "导入主动公开数据", description = "JSON Lines: DOCUMENT and TALLY lines; importing again adds nothing.")
    public ProactiveImporter.Result importLines(
            @Parameter(hidden = true) StaffIdentity staff,
            HttpServletRequest request) throws IOException {
        return importer.importLines(request.getInputStream(), staff.userId(), staff.agency());
    }
}
