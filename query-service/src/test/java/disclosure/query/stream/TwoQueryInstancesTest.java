package disclosure.query.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.intake.Applicant;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.intake.DeliveryForm;
import disclosure.query.support.EventStreamWriter;
import disclosure.query.support.EventStreamWriter.Sent;
import disclosure.query.support.RunningQueryService;
import disclosure.statute.LegalTime;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.intake.Channel;
import disclosure.statute.intake.ChannelDates;
import disclosure.statute.outcome.Outcome;
import disclosure.testsupport.MutableClock;
import disclosure.testsupport.TestDatabase;
import disclosure.testsupport.TestKafka;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-service instances in one consumer group on a three-partition topic and one database: they split the
 * partitions, and the tables either of them answers are exact.
 */
class TwoQueryInstancesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = LegalTime.startOf(LocalDate.of(2024, 6, 28), 10);

    /** A copy of the partitions the instance holds; the container changes its own set while a rebalance runs. */
    private static Set<TopicPartition> assigned(RunningQueryService service) {
        Collection<TopicPartition> live = service.bean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("event-stream").getAssignedPartitions();
        return live == null ? Set.of() : Set.copyOf(live);
    }

    @Test
    void theyShareThePartitionsAndTheTablesStayExact() throws Exception {
        String kafka = TestKafka.bootstrapServers();
        String topic = "two-instances-" + UUID.randomUUID();
        String database = TestDatabase.freshDatabase();
        MutableClock clock = new MutableClock(NOW, LegalTime.ZONE);
        try (EventStreamWriter stream = new EventStreamWriter(kafka, topic)) {
            // the topic must exist with its partitions before the group balances them
            stream.sendGarbage("warm-up", "{}");
            try (RunningQueryService first = RunningQueryService.start(database, kafka, topic, "group-" + topic, clock);
                 RunningQueryService second = RunningQueryService.start(database, kafka, topic, "group-" + topic, clock)) {
                await().atMost(Duration.ofSeconds(60))
                        .ignoreExceptionsInstanceOf(ConcurrentModificationException.class).untilAsserted(() -> {
                    assertThat(assigned(first)).isNotEmpty();
                    assertThat(assigned(second)).isNotEmpty();
                    Set<TopicPartition> all = new HashSet<>(assigned(first));
                    all.addAll(assigned(second));
                    assertThat(all).hasSize(3);
                });

                int applications = 60;
                Sent last = null;
                for (int i = 0; i < applications; i++) {
                    String id = UUID.randomUUID().toString();
                    ApplicantCategory category = ApplicantCategory.values()[i % 6];
                    stream.publish(new ApplicationReceived(id, "市交通运输局", String.format("2024-%04d", i + 1),
                            Channel.INTERNET, new ChannelDates(null, null, null, LocalDate.of(2024, 5, 6)),
                            LocalDate.of(2024, 5, 6), category, new Applicant("申请人", "1", "1", null, null), "某文件",
                            DeliveryForm.EMAIL, "intake", NOW));
                    if (i % 3 != 0) {
                        last = stream.publish(new AnswerRecorded(id, i % 2 == 0 ? Outcome.DISCLOSED : Outcome.UNAVAILABLE_NOT_HELD,
                                "条例", LocalDate.of(2024, 5, 20), null, null, Timeliness.ON_TIME, "handler", NOW));
                    }
                }
                long position = last.position();
                for (RunningQueryService instance : new RunningQueryService[]{first, second}) {
                    JsonNode report = JSON.readTree(instance.get("/api/reports/2024?minPosition=" + position).body());
                    // 60 received, 10 per category; i % 3 != 0 → 40 answered: even i → 1, odd i → 4.1
                    assertThat(report.at("/table3/rows/new").toString()).isEqualTo("[10,10,10,10,10,10,60]");
                    assertThat(report.at("/table3/rows/1/6").asInt() + report.at("/table3/rows/4.1/6").asInt()).isEqualTo(40);
                    assertThat(report.at("/table3/rows/1/6").asInt()).isEqualTo(20);
                    assertThat(report.at("/table3/rows/carried_forward/6").asInt()).isEqualTo(20);
                    assertThat(report.get("checks")).allSatisfy(check -> assertThat(check.get("passed").asBoolean()).isTrue());
                }
                assertThat(first.jdbc().queryForObject("SELECT count(*) FROM event_log", Long.class)).isEqualTo(100);
            }
        }
    }
}
