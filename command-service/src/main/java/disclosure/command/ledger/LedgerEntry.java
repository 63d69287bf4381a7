package disclosure.command.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of an agency's 台账 (JSON Lines): an application and what happened to it, in date order.
 * Field names are those of the import format documented in the README.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record LedgerEntry(String agency, String caseNo, String channel, LocalDate receivedOn,
                          String applicantCategory, Applicant applicant, String description, String deliveryForm,
                          List<Step> steps) {

    /** The applicant as the ledger recorded them. */
    public record Applicant(String name, String idNumber, String phone, String address) {}

    /**
     * One step. Which fields matter depends on {@code type}: SUPPLEMENT_REQUESTED (on, dueOn, missing),
     * SUPPLEMENT_RECEIVED (on), EXTENDED (on, workingDays, approvedBy), CONSULTATION_STARTED (on, party, name),
     * CONSULTATION_ENDED (on), FEE_NOTICE_ISSUED (on, amountYuan), FEE_PAID (on), CLOSED (on, outcome, basis),
     * APPEAL_FILED (on, appealId, kind), APPEAL_DECIDED (on, appealId, result, detail).
     */
    public record Step(String type, LocalDate on, LocalDate dueOn, String missing, Integer workingDays,
                       String approvedBy, String party, String name, BigDecimal amountYuan, String outcome,
                       String basis, String appealId, String kind, String result, String detail) {}
}
