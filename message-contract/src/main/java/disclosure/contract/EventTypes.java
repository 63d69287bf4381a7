package disclosure.contract;

import disclosure.contract.alert.AlertAcknowledged;
import disclosure.contract.alert.AnswerDueSoon;
import disclosure.contract.alert.AppealReplyDueSoon;
import disclosure.contract.alert.AnswerOverdue;
import disclosure.contract.alert.SupplementNoticeWindowClosing;
import disclosure.contract.approval.AnswerReturned;
import disclosure.contract.approval.AnswerSignedOff;
import disclosure.contract.approval.AnswerSubmittedForSignOff;
import disclosure.contract.approval.ExtensionApproved;
import disclosure.contract.approval.ExtensionDeclined;
import disclosure.contract.approval.ExtensionRequested;
import disclosure.contract.appeal.LawsuitDecided;
import disclosure.contract.appeal.LawsuitFiled;
import disclosure.contract.appeal.ReconsiderationDecided;
import disclosure.contract.appeal.ReconsiderationFiled;
import disclosure.contract.clock.AnswerPeriodExtended;
import disclosure.contract.clock.ConsultationEnded;
import disclosure.contract.clock.ConsultationStarted;
import disclosure.contract.clock.DelayedAnswerDateSet;
import disclosure.contract.clock.ReasonsRequested;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationWithdrawn;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.fee.FeeNoticeIssued;
import disclosure.contract.fee.FeePaid;
import disclosure.contract.fee.FeePaymentExpired;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.proactive.DocumentIssued;
import disclosure.contract.proactive.DocumentRepealed;
import disclosure.contract.proactive.TallyRecorded;
import disclosure.contract.supplement.SupplementPeriodExpired;
import disclosure.contract.supplement.SupplementReceived;
import disclosure.contract.supplement.SupplementRequested;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stable name of every event type: the simple class name, used on the wire (Kafka header
 * {@link EventHeaders#EVENT_TYPE}) so that moving a record to another package does not break consumers.
 */
public final class EventTypes {
    public static final List<Class<? extends ApplicationEvent>> ALL = List.of(
            ApplicationReceived.class,
            SupplementRequested.class, SupplementReceived.class, SupplementPeriodExpired.class,
            AnswerPeriodExtended.class, ConsultationStarted.class, ConsultationEnded.class,
            ReasonsRequested.class, DelayedAnswerDateSet.class,
            FeeNoticeIssued.class, FeePaid.class, FeePaymentExpired.class,
            AnswerRecorded.class, ApplicationWithdrawn.class,
            ApplicantCategoryCorrected.class, ReceiptDateCorrected.class, OutcomeCorrected.class,
            ReconsiderationFiled.class, ReconsiderationDecided.class, LawsuitFiled.class, LawsuitDecided.class,
            AnswerDueSoon.class, AnswerOverdue.class, SupplementNoticeWindowClosing.class, AppealReplyDueSoon.class,
            AlertAcknowledged.class, DocumentIssued.class, DocumentRepealed.class, TallyRecorded.class,
            ExtensionRequested.class, ExtensionApproved.class, ExtensionDeclined.class,
            AnswerSubmittedForSignOff.class, AnswerSignedOff.class, AnswerReturned.class);

    private static final Map<String, Class<? extends ApplicationEvent>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    /** The event class of a wire name, empty for a type this version does not know (a newer producer). */
    public static Optional<Class<? extends ApplicationEvent>> classOf(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
