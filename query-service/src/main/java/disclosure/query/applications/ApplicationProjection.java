package disclosure.query.applications;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.ClockHistory;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.closing.ApplicationClosed;
import disclosure.contract.correction.ApplicantCategoryCorrected;
import disclosure.contract.correction.OutcomeCorrected;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.query.stream.HistoryProjection;
import disclosure.query.stream.StoredEvents.StoredEvent;
import disclosure.statute.LegalTime;
import disclosure.statute.clock.ClockReading;
import disclosure.statute.clock.StatutoryClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * 申请列表: keeps one row per application in {@code application_view}. The row is folded afresh from the
 * application's stored events each time one of them arrives, so a duplicate or late delivery can never leave it
 * different from what its history says.
 */
@Component
public class ApplicationProjection implements HistoryProjection {
    private final JdbcTemplate jdbc;
    private final StatutoryClock statutoryClock;
    private final Clock clock;

    public ApplicationProjection(JdbcTemplate jdbc, StatutoryClock statutoryClock, Clock clock) {
        this.jdbc = jdbc;
        this.statutoryClock = statutoryClock;
        this.clock = clock;
    }

    /** Folds each application afresh; their rows are written in one batch. */
    @Override
    public void refold(Collection<String> applicationIds, Map<String, List<StoredEvent>> histories) {
        LocalDate today = LegalTime.today(clock);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(applicationIds.size());
        for (String applicationId : applicationIds) {
            Row row = fold(histories.getOrDefault(applicationId, List.of()), today);
            if (row != null) {
                rows.add(columns(row, now));
            }
        }
        jdbc.batchUpdate(UPSERT, rows);
    }

    /** The row of one application, or null while its intake event has not arrived: nothing to show yet. */
    private Row fold(List<StoredEvent> history, LocalDate today) {
        Row row = new Row();
        ClockHistory clockHistory = new ClockHistory();
        for (StoredEvent stored : history) {
            row.lastSequence = Math.max(row.lastSequence, stored.sequence());
            row.lastPosition = Math.max(row.lastPosition, stored.position());
            stored.event().ifPresent(event -> {
                row.apply(event);
                clockHistory.apply(event);
            });
        }
        if (row.received == null) {
            return null;
        }
        if (!row.closed) {
            ClockReading reading = statutoryClock.read(clockHistory.facts(), today);
            row.phase = reading.phase().name();
            row.answerDue = reading.answerDue().isKnown() ? reading.answerDue().date() : null;
            row.supplementDue = reading.supplementDueDate();
        }
        return row;
    }

    private static final String UPSERT = """
            INSERT INTO application_view (application_id, agency, case_number, channel, receipt_date, category,
                applicant_name, requested_information, status, phase, answer_due, supplement_due, outcome,
                closed_on, timeliness, handler, last_sequence, last_position, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (application_id) DO UPDATE SET
                receipt_date = excluded.receipt_date, category = excluded.category, status = excluded.status,
                phase = excluded.phase, answer_due = excluded.answer_due,
                supplement_due = excluded.supplement_due, outcome = excluded.outcome,
                closed_on = excluded.closed_on, timeliness = excluded.timeliness, handler = excluded.handler,
                last_sequence = excluded.last_sequence, last_position = excluded.last_position,
                updated_at = excluded.updated_at""";

    private static Object[] columns(Row row, Timestamp now) {
        ApplicationReceived received = row.received;
        return new Object[]{received.applicationId(), received.agency(), received.caseNumber(),
                received.channel().name(), Date.valueOf(row.receiptDate), row.category, received.applicant().name(),
                received.requestedInformation(), row.closed ? "CLOSED" : "OPEN", row.phase, date(row.answerDue),
                date(row.supplementDue), row.outcome, date(row.closedOn), row.timeliness, row.handler,
                row.lastSequence, row.lastPosition, now};
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** The columns of one application, folded from its events. */
    private static final class Row {
        ApplicationReceived received;
        LocalDate receiptDate;
        String category;
        boolean closed;
        String outcome;
        LocalDate closedOn;
        String timeliness;
        String phase;
        LocalDate answerDue;
        LocalDate supplementDue;
        String handler;
        long lastSequence = -1;
        long lastPosition;

        void apply(ApplicationEvent event) {
            if (event.actsOnCase()) {
                handler = event.by();
            }
            if (event instanceof ApplicationReceived e) {
                received = e;
                receiptDate = e.receiptDate();
                category = e.category().name();
            } else if (event instanceof ApplicantCategoryCorrected e) {
                category = e.corrected().name();
            } else if (event instanceof ReceiptDateCorrected e) {
                receiptDate = e.corrected();
            } else if (event instanceof ApplicationClosed e) {
                closed = true;
                outcome = e.outcome().code();
                closedOn = e.closedOn();
                if (e instanceof AnswerRecorded answer) {
                    timeliness = answer.timeliness().name();
                }
            } else if (event instanceof OutcomeCorrected e) {
                outcome = e.corrected().code();
            }
        }
    }
}
