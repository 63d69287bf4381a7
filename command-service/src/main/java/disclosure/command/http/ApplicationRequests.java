package disclosure.command.http;

import disclosure.contract.clock.ConsultationKind;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.DeliveryForm;
import disclosure.statute.appeal.AppealResult;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bodies of the command endpoints. Field checks here (presence, length, format) answer 400 before any
 * rule of the 条例 is looked at; the rules themselves live in the aggregate.
 */
public final class ApplicationRequests {
    /** The longest id (appeal, consultation) a client may choose. */
    public static final int ID_MAX = 64;
    static final String ID_PATTERN = "[A-Za-z0-9._:-]{1," + ID_MAX + "}";

    // How long staff may make these fields (characters); a 台账 line is held to the same (LedgerTranslator).
    public static final int AGENCY_MAX = 100;
    public static final int APPLICANT_NAME_MAX = 100;
    public static final int ID_DOCUMENT_NUMBER_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 300;
    public static final int REQUESTED_INFORMATION_MAX = 4000;
    public static final int MISSING_ITEMS_MAX = 2000;
    public static final int APPROVED_BY_MAX = 100;
    public static final int CONSULTED_PARTY_MAX = 200;
    public static final int LEGAL_BASIS_MAX = 500;
    public static final int DETAILS_MAX = 4000;

    private ApplicationRequests() {
    }

    public record ApplicantBody(
            @NotBlank @Size(max = APPLICANT_NAME_MAX) String name,
            @NotBlank @Size(max = ID_DOCUMENT_NUMBER_MAX) String idDocumentNumber,
            @Size(max = PHONE_MAX) String phone,
            @Size(max = ADDRESS_MAX) String address,
            @Size(max = 100) String email) {
        Applicant toApplicant() {
            return new Applicant(name, idDocumentNumber, phone, address, email);
        }
    }

    public record ChannelDatesBody(LocalDate handedInOn, LocalDate signedForOn, LocalDate arrivedOn,
                                   LocalDate confirmedOn) {
        ChannelDates toChannelDates() {
            return new ChannelDates(handedInOn, signedForOn, arrivedOn, confirmedOn);
        }
    }

    public record ReceiveApplicationBody(
            @NotBlank @Size(max = AGENCY_MAX) String agency,
            @NotNull Channel channel,
            @NotNull @Valid ChannelDatesBody channelDates,
            @NotNull ApplicantCategory category,
            @NotNull @Valid ApplicantBody applicant,
            @NotBlank @Size(max = REQUESTED_INFORMATION_MAX) String requestedInformation,
            @NotNull DeliveryForm deliveryForm) {
    }

    public record RequestSupplementBody(
            @NotNull LocalDate noticeDate,
            @NotBlank @Size(max = MISSING_ITEMS_MAX) String missingItems,
            @NotNull LocalDate supplementDueDate) {
    }

    public record ReceiveSupplementBody(@NotNull LocalDate receivedOn) {
    }

    public record ExtendAnswerPeriodBody(
            @NotNull Integer workingDays,
            @NotBlank @Size(max = APPROVED_BY_MAX) String approvedBy,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record RequestExtensionBody(
            @NotNull Integer workingDays,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record ApproveExtensionBody(@NotNull LocalDate decidedOn) {
    }

    /** Why a request is declined, or an answer returned. */
    public record DecisionReasonBody(@NotBlank @Size(max = 1000) String reason) {
    }

    public record SignOffAnswerBody(@NotNull LocalDate answeredOn) {
    }

    public record StartConsultationBody(
            @Pattern(regexp = ID_PATTERN) String consultationId,
            @NotNull ConsultationKind kind,
            @NotBlank @Size(max = CONSULTED_PARTY_MAX) String consultedParty,
            @NotNull LocalDate sentOn) {
    }

    public record EndConsultationBody(@NotNull LocalDate endedOn, @Size(max = 2000) String opinion) {
    }

    public record RequestReasonsBody(@NotNull LocalDate requestedOn, @Size(max = 1000) String note) {
    }

    public record SetDelayedAnswerDateBody(
            @NotNull LocalDate answerBy,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record IssueFeeNoticeBody(
            @NotNull @Digits(integer = 9, fraction = 2) BigDecimal amountYuan,
            @NotNull LocalDate issuedOn,
            @NotBlank @Size(max = 500) String basis) {
    }

    public record RecordFeePaymentBody(@NotNull LocalDate paidOn) {
    }

    public record RecordAnswerBody(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = LEGAL_BASIS_MAX) String legalBasis,
            @NotNull LocalDate answeredOn,
            @Size(max = 4000) String summary) {
    }

    public record WithdrawApplicationBody(@NotNull LocalDate withdrawnOn, @Size(max = 1000) String reason) {
    }

    public record FileReconsiderationBody(
            @Pattern(regexp = ID_PATTERN) String appealId,
            @NotNull LocalDate filedOn,
            @NotBlank @Size(max = 200) String reviewBody,
            LocalDate replyDueDate) {
    }

    public record FileLawsuitBody(
            @Pattern(regexp = ID_PATTERN) String appealId,
            @NotNull LocalDate filedOn,
            @NotBlank @Size(max = 200) String court,
            @Pattern(regexp = ID_PATTERN) String reconsiderationId,
            LocalDate replyDueDate) {
    }

    public record DecideAppealBody(
            @NotNull AppealResult result,
            @NotNull LocalDate decidedOn,
            @Size(max = DETAILS_MAX) String details) {
    }

    public record CorrectCategoryBody(@NotNull ApplicantCategory category, @NotBlank @Size(max = 1000) String reason) {
    }

    public record CorrectReceiptDateBody(@NotNull @Valid ChannelDatesBody channelDates,
                                         @NotBlank @Size(max = 1000) String reason) {
    }

    public record CorrectOutcomeBody(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 500) String legalBasis,
            @NotBlank @Size(max = 1000) String reason) {
    }
}
