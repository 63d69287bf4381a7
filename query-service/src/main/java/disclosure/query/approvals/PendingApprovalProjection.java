package disclosure.query.approvals;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.approval.AnswerReturned;
import disclosure.contract.approval.AnswerSignedOff;
import disclosure.contract.approval.AnswerSubmittedForSignOff;
import disclosure.contract.approval.ExtensionApproved;
import disclosure.contract.approval.ExtensionDeclined;
import disclosure.contract.approval.ExtensionRequested;
import disclosure.contract.clock.AnswerPeriodExtended;
import disclosure.contract.closing.ApplicationClosed;
import disclosure.query.stream.HistoryProjection;
import disclosure.query.stream.StoredEvents.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * 审批: keeps {@code pending_approval}, what waits for a 负责人 in each application — its 承办人's request for an
 * extension, its answer submitted for sign-off — folded afresh from the application's history whenever one of its
 * events arrives. An application that never had a request or a submitted answer has no rows and costs no statement.
 */
@Component
public class PendingApprovalProjection implements HistoryProjection {
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.BIGINT,
            Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    public PendingApprovalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void refold(Collection<String> applicationIds, Map<String, List<StoredEvent>> histories) {
        List<String> folded = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (String applicationId : applicationIds) {
            Pending pending = fold(histories.getOrDefault(applicationId, List.of()));
            if (pending.everAsked) {
                folded.add(applicationId);
                if (pending.extension != null) {
                    rows.add(pending.extension);
                }
                if (pending.signOff != null) {
                    rows.add(pending.signOff);
                }
            }
        }
        if (folded.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM pending_approval WHERE application_id = ANY (?)", statement -> statement.setArray(1,
                statement.getConnection().createArrayOf("varchar", folded.toArray())));
        jdbc.batchUpdate("""
                INSERT INTO pending_approval (application_id, kind, requested_by, requested_at, position, working_days,
                                              reason, outcome, legal_basis, proposed_answer_date, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, TYPES);
    }

    /** What of one application waits for the 负责人 once its history is applied, as rows. */
    private static final class Pending {
        boolean everAsked;
        Object[] extension;
        Object[] signOff;
    }

    private static Pending fold(List<StoredEvent> history) {
        Pending pending = new Pending();
        for (StoredEvent stored : history) {
            ApplicationEvent event = stored.event().orElse(null);
            if (event instanceof ExtensionRequested e) {
                pending.everAsked = true;
                pending.extension = new Object[]{e.applicationId(), "EXTENSION", e.by(), Timestamp.from(e.at()),
                        stored.position(), e.workingDays(), e.reason(), null, null, null, null};
            } else if (event instanceof ExtensionApproved || event instanceof ExtensionDeclined
                    || event instanceof AnswerPeriodExtended) {
                pending.extension = null;
            } else if (event instanceof AnswerSubmittedForSignOff e) {
                pending.everAsked = true;
                pending.signOff = new Object[]{e.applicationId(), "SIGN_OFF", e.by(), Timestamp.from(e.at()),
                        stored.position(), null, null, e.outcome().code(), e.legalBasis(),
                        Date.valueOf(e.proposedAnswerDate()), e.summary()};
            } else if (event instanceof AnswerSignedOff || event instanceof AnswerReturned) {
                pending.signOff = null;
            } else if (event instanceof ApplicationClosed) {
                pending.extension = null;
                pending.signOff = null;
            }
        }
        return pending;
    }
}
