package disclosure.command.ledger;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import disclosure.access.service.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code POST /api/import}: an agency's 台账 as JSON Lines ({@code application/x-ndjson}), streamed. */
@RestController
@Validated
@Tag(name = "台账导入", description = "Migration from an agency's ledger")
public class LedgerImportController {
    private final LedgerImporter importer;

    public LedgerImportController(LedgerImporter importer) {
        this.importer = importer;
    }

    @Requires(StaffAction.IMPORT_LEDGER)
    @PostMapping(path = "/api/import", consumes = "application/x-ndjson", produces = "application/json")
    @Operation(summary = "导入台账", description = "One application per line, replayed through the same commands; "
            + "a refused line stores nothing; re-importing a line adds nothing.")
    public LedgerImporter.Result importLedger(
            @Parameter(hidden = true) StaffIdentity staff, HttpServletRequest request) throws IOException {
        return importer.importLedger(request.getInputStream(), staff.userId(), staff.agency());
    }
}
