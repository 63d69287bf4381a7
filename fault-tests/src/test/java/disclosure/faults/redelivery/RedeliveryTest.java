package disclosure.faults.redelivery;

import disclosure.faults.support.Api;
import disclosure.faults.support.Client;
import disclosure.faults.support.CommandLoad;
import disclosure.faults.support.FaultSystem;
import disclosure.faults.support.RebuildCheck;
import disclosure.faults.support.ScenarioCheck;
import disclosure.faults.support.Sql;
import disclosure.faults.support.TopicTools;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 2: Kafka delivers events again — the query side's consumer restarted from the first offset, records
 * duplicated on the topic, the publisher sending a stretch of the log a second time after a crash between its
 * send and its token update. No count changes: the annual tables and the application list read the same as
 * before, and the read models still equal a rebuild.
 */
class RedeliveryTest {
    private static final int COMMANDS = Math.max(100, Integer.getInteger("faults.commands", 400) / 4);
    private final FaultSystem system = FaultSystem.shared();
    private final TopicTools topic = new TopicTools(system);

    @Test
    void aConsumerRestartedFromTheFirstOffsetAndDuplicatedRecordsChangeNoCount() throws Exception {
        String agency = "某市教育局";
        List<CommandLoad.Sent> sent = CommandLoad.start(system, agency, COMMANDS).awaitEnd();
        RebuildCheck.awaitSettled(system);
        String before = counts(agency);
        long applied = appliedEvents();

        system.stopQueryService();
        await("the stopped consumer has left its group").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> topic.rewindGroup(system.queryGroup()));
        int duplicated = topic.duplicateFirstRecords(300);
        system.startQueryService();
        await("everything read again").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.lag(system.queryGroup()) == 0);

        assertThat(duplicated).isPositive();
        assertThat(appliedEvents()).as("events applied").isEqualTo(applied);
        assertThat(counts(agency)).as("tables and list after redelivery").isEqualTo(before);
        ScenarioCheck.verify("Kafka redelivery: consumer from offset 0, " + duplicated + " records duplicated",
                system, agency, sent, false);
    }

    @Test
    void thePublisherSendingAStretchOfTheLogAgainAfterACrashChangesNoCount() throws Exception {
        String agency = "某市民政局";
        List<CommandLoad.Sent> sent = CommandLoad.start(system, agency, COMMANDS).awaitEnd();
        RebuildCheck.awaitSettled(system);
        String before = counts(agency);
        long applied = appliedEvents();
        long records = topic.endOffsets();

        system.killCommandService();
        long rewoundBy;
        try (Connection store = system.commandDatabase()) {
            long last = Sql.count(store, "SELECT max(global_index) FROM domain_event_entry");
            rewoundBy = Math.min(last, 2L * COMMANDS);
            // As if the crash came after the broker acknowledged these events but before the token moved past them.
            assertThat(store.createStatement().executeUpdate("""
                    UPDATE token_entry SET owner = NULL, token = convert_to(regexp_replace(regexp_replace(
                        convert_from(token, 'UTF8'), '"index":[0-9]+', '"index":%d'), '"gaps":\\[[^]]*\\]', '"gaps":[]'),
                        'UTF8')
                    WHERE processor_name = 'kafka-publisher'""".formatted(last - rewoundBy))).isEqualTo(1);
        }
        system.startCommandService();
        await("the stretch sent again").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.endOffsets() >= records + rewoundBy);
        await("everything read").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.lag(system.queryGroup()) == 0);

        assertThat(appliedEvents()).as("events applied").isEqualTo(applied);
        assertThat(counts(agency)).as("tables and list after the re-send").isEqualTo(before);
        ScenarioCheck.verify("publisher re-sends " + rewoundBy + " events after a crash", system, agency, sent,
                false);
    }

    private long appliedEvents() throws SQLException {
        try (Connection view = system.queryDatabase()) {
            return Sql.count(view, "SELECT count(*) FROM event_log");
        }
    }

    /** The year's tables for the agency and the whole city, and the agency's list, as the API serves them. */
    private String counts(String agency) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String encoded = URLEncoder.encode(agency, StandardCharsets.UTF_8);
        Client reader = Client.staff("fault-suite");
        StringBuilder counts = new StringBuilder();
        for (String path : List.of("/api/reports/" + year + "?agency=" + encoded, "/api/reports/" + year,
                "/api/applications?size=500&agency=" + encoded)) {
            Api.Answer answer = Api.get(system.queryUrl(path), reader);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            counts.append(answer.json()).append('\n');
        }
        return counts.toString();
    }
}
