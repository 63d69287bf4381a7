package disclosure.faults.deadlines;

import disclosure.faults.support.CommandLoad;
import disclosure.faults.support.FaultSystem;
import disclosure.faults.support.ScenarioCheck;
import disclosure.faults.support.Sql;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 4: durable deadlines across a {@code kill -9}. Applications whose 补正 period has already run out are
 * logged while command-service is killed and restarted; each one's deadline closes it as 6.1 by itself — none is
 * lost (every application closes), none fires twice into the log (one expiry each, and no alert recorded twice).
 */
class DurableDeadlinesTest {
    private static final int APPLICATIONS = Math.max(60, Integer.getInteger("faults.commands", 400) / 4);
    private static final String AGENCY = "某市人力资源和社会保障局";
    private final FaultSystem system = FaultSystem.shared();

    @Test
    void deadlinesSurviveAKillAndEachFiresOnce() throws Exception {
        CommandLoad load = CommandLoad.start(system, AGENCY, 2 * APPLICATIONS, CommandLoad.Shape.SUPPLEMENT_EXPIRED);
        await("a third of the load acknowledged").atMost(Duration.ofMinutes(10))
                .until(() -> load.acknowledged() >= 2 * APPLICATIONS / 3);
        system.killCommandService();
        system.startCommandService();
        List<CommandLoad.Sent> sent = load.awaitEnd();

        await("every expired 补正 period closed its application").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2)).until(() -> expiries().size(), closed -> closed == APPLICATIONS);
        await("no deadline of these applications left to fire").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2)).until(this::dueDeadlines, count -> count == 0);

        assertThat(expiries()).as("expiries per application").allSatisfy(row ->
                assertThat(((Number) row.get(1)).longValue()).as("expiries of " + row.get(0)).isEqualTo(1));
        try (Connection store = system.commandDatabase()) {
            assertThat(Sql.rows(store, """
                    SELECT aggregate_identifier, payload_type, convert_from(payload, 'UTF8')::jsonb - 'at' - 'by', count(*)
                    FROM domain_event_entry WHERE payload_type LIKE '%.alert.%' AND aggregate_identifier IN (""" + ofAgency()
                    + ") GROUP BY 1, 2, 3 HAVING count(*) > 1")).as("alerts recorded twice").isEmpty();
        }
        ScenarioCheck.verify("kill -9 command-service with durable deadlines due", system, AGENCY, sent);
    }

    private String ofAgency() {
        return "SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type LIKE '%ApplicationReceived' "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'agency' = '" + AGENCY + "'";
    }

    private List<List<Object>> expiries() throws Exception {
        try (Connection store = system.commandDatabase()) {
            return Sql.rows(store, "SELECT aggregate_identifier, count(*) FROM domain_event_entry "
                    + "WHERE payload_type LIKE '%SupplementPeriodExpired' AND aggregate_identifier IN (" + ofAgency()
                    + ") GROUP BY 1");
        }
    }

    /** Deadlines already due and not yet executed (db-scheduler deletes a one-time task once it ran). */
    private long dueDeadlines() throws Exception {
        try (Connection store = system.commandDatabase()) {
            return Sql.count(store, "SELECT count(*) FROM scheduled_tasks WHERE execution_time <= now()");
        }
    }
}
