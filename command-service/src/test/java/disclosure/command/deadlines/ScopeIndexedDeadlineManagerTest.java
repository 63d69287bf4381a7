package disclosure.command.deadlines;

import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.support.RunningCommandService;
import disclosure.statute.LegalTime;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable deadlines are listed by scope, so that cancelling an application's deadlines reads only its own: the
 * list follows the scheduled tasks as they are scheduled and cancelled, cancelling one application's deadlines leaves
 * the others', and deadlines scheduled before the list existed are listed when the service starts. Cancelling reads
 * only the application's own deadlines even when PostgreSQL's statistics are out of date.
 */
class ScopeIndexedDeadlineManagerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULED = "SELECT task_instance FROM scheduled_tasks WHERE task_name = 'AxonDeadline'";
    private static final String LISTED = "SELECT task_instance FROM deadline_scope";
    private static final String LISTED_FOR = "SELECT count(*) FROM deadline_scope listed JOIN scheduled_tasks task "
            + "USING (task_instance) WHERE convert_from(listed.scope, 'UTF8') LIKE '%' || ? || '%'";

    @Test
    void theListFollowsTheScheduledDeadlinesAndIsCompletedAtStartUp() throws Exception {
        String database = TestDatabase.freshDatabase();
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        String first;
        String second;
        try (RunningCommandService service = RunningCommandService.start(database, clock)) {
            first = intake(service);
            second = intake(service);
            command(service, first, "/supplement-request", """
                    {"noticeDate": "2024-03-15", "missingItems": "营业执照副本", "supplementDueDate": "2024-03-29"}""");
            assertThat(scheduled(service)).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed(service));
            assertThat(listedFor(service, first)).isPositive();
            long secondsDeadlines = listedFor(service, second);
            assertThat(secondsDeadlines).isPositive();

            command(service, first, "/answer", """
                    {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "2024-03-15"}""");
            assertThat(listedFor(service, first)).as("the answered application's deadlines").isZero();
            assertThat(listedFor(service, second)).as("the other application's").isEqualTo(secondsDeadlines);
            assertThat(scheduled(service)).containsExactlyInAnyOrderElementsOf(listed(service));

            // As if the deadlines had been scheduled by a version without the list.
            service.jdbc().update("DELETE FROM deadline_scope");
        }

        try (RunningCommandService restarted = RunningCommandService.start(database, clock)) {
            assertThat(scheduled(restarted)).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed(restarted));
            command(restarted, second, "/answer", """
                    {"outcome": "2", "legalBasis": "条例第三十七条", "answeredOn": "2024-03-15"}""");
            assertThat(scheduled(restarted)).isEmpty();
            assertThat(listed(restarted)).isEmpty();
        }
    }

    /**
     * A ledger import closes nearly every application it brings in, so when autovacuum analyses the deadline tables
     * after it they are often empty: PostgreSQL then takes them for empty (no rows per page) however many deadlines
     * the intakes that follow schedule, until it analyses them again — a minute later, or much later on a busy
     * machine. A cancellation planned on that belief read every deadline in the installation, once per command
     * (issue 3: 10 ms of PostgreSQL per intake after an import of 100,000 applications). It must look up only the
     * deadlines of the scope it cancels, whatever the statistics say.
     */
    @Test
    void cancellingReadsOnlyTheScopesOwnDeadlinesWhenTheStatisticsSayTheTablesAreEmpty() {
        String database = TestDatabase.freshDatabase();
        MutableClock clock = new MutableClock(LegalTime.startOf(LocalDate.of(2024, 3, 15), 10), LegalTime.ZONE);
        try (RunningCommandService service = RunningCommandService.start(database, clock)) {
            var jdbc = service.jdbc();
            DeadlineManager deadlines = service.bean(DeadlineManager.class);
            Instant later = clock.instant().plusSeconds(365L * 24 * 3600);
            jdbc.execute("ALTER TABLE scheduled_tasks SET (autovacuum_enabled = false)");
            jdbc.execute("ALTER TABLE deadline_scope SET (autovacuum_enabled = false)");
            // An import's deadlines, all cancelled again by the time the tables are analysed.
            for (int i = 0; i < 200; i++) {
                deadlines.schedule(later, "alert", "imported", scope("imported-" + i));
            }
            jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = 'AxonDeadline'");
            jdbc.execute("ANALYZE scheduled_tasks, deadline_scope");
            assertThat(jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = 'scheduled_tasks'",
                    Double.class)).as("the statistics: no deadline").isZero();
            // Then many open applications' deadlines, unknown to the statistics.
            jdbc.update("""
                    INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                    SELECT 'AxonDeadline', 'other-' || i, ?, false, 1 FROM generate_series(1, 20000) i""",
                    java.sql.Timestamp.from(later));
            jdbc.update("""
                    INSERT INTO deadline_scope (task_instance, deadline_name, scope)
                    SELECT 'other-' || i, 'alert', convert_to(
                        '{"type":"DisclosureApplication","identifier":"other-' || i || '"}', 'UTF8')
                    FROM generate_series(1, 20000) i""");
            deadlines.schedule(later, "alert", "first", scope("target"));
            deadlines.schedule(later.plusSeconds(60), "alert", "second", scope("target"));
            deadlines.schedule(later, "supplement-period", "kept", scope("target"));

            // Counted on the transaction's connection, whose counts are not sent to the statistics while it lasts.
            long read = new TransactionTemplate(service.bean(PlatformTransactionManager.class)).execute(status -> {
                long before = deadlineRowsRead(service);
                deadlines.cancelAllWithinScope("alert", scope("target"));
                deadlines.cancelAllWithinScope("alert", scope("no deadlines at all"));
                return deadlineRowsRead(service) - before;
            });

            assertThat(read).as("deadline rows read to cancel one application's two deadlines").isLessThan(20);
            assertThat(listedFor(service, "target")).as("the target's deadline of another name").isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isEqualTo(20001);
            assertThat(scheduled(service)).containsExactlyInAnyOrderElementsOf(listed(service));
        }
    }

    /** Rows of the two deadline tables read so far by this connection, and not yet reported to the statistics. */
    private static long deadlineRowsRead(RunningCommandService service) {
        return service.jdbc().queryForObject("""
                SELECT coalesce(sum(seq_tup_read + idx_tup_fetch), 0) FROM pg_stat_xact_user_tables
                WHERE relname IN ('scheduled_tasks', 'deadline_scope')""", Long.class);
    }

    private static ScopeDescriptor scope(String applicationId) {
        return new AggregateScopeDescriptor("DisclosureApplication", applicationId);
    }

    private static String intake(RunningCommandService service) throws Exception {
        HttpResponse<String> intake = service.post("/api/applications", """
                {"agency": "市审计局", "channel": "INTERNET", "channelDates": {"confirmedOn": "2024-03-14"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                 "requestedInformation": "某项目审计结果", "deliveryForm": "EMAIL"}""");
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        return JSON.readTree(intake.body()).get("applicationId").asText();
    }

    private static void command(RunningCommandService service, String applicationId, String path, String body) {
        HttpResponse<String> response = service.post("/api/applications/" + applicationId + path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static List<String> scheduled(RunningCommandService service) {
        return service.jdbc().queryForList(SCHEDULED, String.class);
    }

    private static List<String> listed(RunningCommandService service) {
        return service.jdbc().queryForList(LISTED, String.class);
    }

    private static long listedFor(RunningCommandService service, String applicationId) {
        return service.jdbc().queryForObject(LISTED_FOR, Long.class, applicationId);
    }
}
