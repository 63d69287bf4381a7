package disclosure.query.alerts;

import disclosure.contract.alert.AlertAcknowledged;
import disclosure.contract.alert.AlertFacts;
import disclosure.query.stream.EventProjection;
import disclosure.query.stream.IncomingEvent;
import disclosure.statute.LegalTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * 预警收件箱: keeps {@code alert_inbox}, one row per alert ({@link AlertFacts}), marked acknowledged by the
 * {@link AlertAcknowledged} that names it. Both are events of the log, so the inbox, acknowledgements included, is
 * rebuilt with the other read models.
 */
@Component
public class AlertInboxProjection implements EventProjection {
    private static final int[] ALERT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.INTEGER,
            Types.VARCHAR, Types.TIMESTAMP, Types.DATE, Types.BIGINT};
    private static final int[] ACKNOWLEDGEMENT_TYPES = {Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    public AlertInboxProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyNew(List<IncomingEvent> stored) {
        List<Object[]> alerts = new ArrayList<>();
        List<Object[]> acknowledgements = new ArrayList<>();
        for (IncomingEvent incoming : stored) {
            if (incoming.event() instanceof AlertAcknowledged acknowledged) {
                acknowledgements.add(new Object[]{acknowledged.by(), Timestamp.from(acknowledged.at()),
                        acknowledged.alertId()});
            } else if (incoming.event() != null) {
                AlertFacts.of(incoming.event()).ifPresent(facts -> alerts.add(new Object[]{incoming.eventId(),
                        incoming.applicationId(), facts.kind().name(), Date.valueOf(facts.dueDate()),
                        facts.workingDaysLeft(), facts.appealId(), Timestamp.from(incoming.event().at()),
                        Date.valueOf(incoming.event().at().atZone(LegalTime.ZONE).toLocalDate()),
                        incoming.position()}));
            }
        }
        // Alerts first: an alert and its acknowledgement may arrive in one batch.
        jdbc.batchUpdate("""
                INSERT INTO alert_inbox (alert_id, application_id, kind, due_date, working_days_left, appeal_id,
                                         fired_at, fired_on, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", alerts, ALERT_TYPES);
        jdbc.batchUpdate("""
                UPDATE alert_inbox SET acknowledged_by = ?, acknowledged_at = ?
                WHERE alert_id = ? AND acknowledged_by IS NULL""", acknowledgements, ACKNOWLEDGEMENT_TYPES);
    }
}
