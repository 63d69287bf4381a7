package disclosure.command.proactive;

import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;
import disclosure.contract.proactive.DocumentIssued;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.DocumentRepealed;
import disclosure.contract.proactive.IssueDocument;
import disclosure.contract.proactive.RepealDocument;
import disclosure.statute.LegalTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 规章或行政规范性文件 (条例第二十条第（一）项): one document an agency issued, counted in table 二 as 本年制发
 * in its year of issue, as 现行有效 at every year-end until it is repealed, and as 本年废止 in the year it is.
 */
@Aggregate
public class RegulatoryDocument {
    @AggregateIdentifier
    private String documentId;
    private String agency;
    private DocumentKind kind;
    private LocalDate issuedOn;
    private boolean repealed;

    protected RegulatoryDocument() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    public RegulatoryDocument(IssueDocument command, Clock clock) {
        notInFuture(command.issuedOn(), clock);
        apply(new DocumentIssued(command.documentId(), command.agency(), command.kind(), command.title(),
                command.documentNumber(), command.issuedOn(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RepealDocument command, Clock clock) {
        if (repealed) {
            throw new RuleViolation(Rule.DOCUMENT_ALREADY_REPEALED);
        }
        notInFuture(command.repealedOn(), clock);
        if (command.repealedOn().isBefore(issuedOn)) {
            throw new RuleViolation(Rule.REPEAL_BEFORE_ISSUE,
                    "文件于" + issuedOn + "制发，废止日期" + command.repealedOn() + "早于制发日期",
                    "issued on " + issuedOn + ", cannot be repealed on " + command.repealedOn());
        }
        apply(new DocumentRepealed(documentId, agency, kind, command.repealedOn(), command.reason(), command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(DocumentIssued event) {
        documentId = event.documentId();
        agency = event.agency();
        kind = event.kind();
        issuedOn = event.issuedOn();
    }

    @EventSourcingHandler
    void on(DocumentRepealed event) {
        repealed = true;
    }

    static void notInFuture(LocalDate date, Clock clock) {
        LocalDate today = LegalTime.today(clock);
        if (date.isAfter(today)) {
            throw new RuleViolation(Rule.DATE_IN_FUTURE, "日期" + date + "晚于今天（" + today + "）",
                    date + " is after today (" + today + ")");
        }
    }
}
