package disclosure.command.alerting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.ApplicationEvent;
import disclosure.contract.alert.AlertFacts;
import disclosure.contract.alert.AlertMessage;
import disclosure.contract.alert.AnswerDueSoon;
import disclosure.contract.alert.AnswerOverdue;
import disclosure.contract.alert.AppealReplyDueSoon;
import disclosure.contract.alert.SupplementNoticeWindowClosing;
import disclosure.contract.fee.FeePaymentExpired;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.supplement.SupplementPeriodExpired;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends every alert ({@link AlertFacts}) to the alert topic as an {@link AlertMessage}, and returns only once the
 * broker acknowledged it: the processor's token moves past an alert only after it was delivered (at-least-once).
 * The message is made from the application's events up to the alert, so a repeat carries the same content.
 */
@ProcessingGroup(AlertTopicPublisher.PROCESSING_GROUP)
public class AlertTopicPublisher {
    public static final String PROCESSING_GROUP = "alert-topic";

    private final KafkaTemplate<String, String> kafka;
    private final KafkaAdmin admin;
    private final NewTopic topic;
    private final EventStore eventStore;
    private final Duration sendTimeout;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private volatile boolean topicChecked;

    public AlertTopicPublisher(KafkaTemplate<String, String> kafka, KafkaAdmin admin, NewTopic topic,
                               EventStore eventStore, Duration sendTimeout) {
        this.kafka = kafka;
        this.admin = admin;
        this.topic = topic;
        this.eventStore = eventStore;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    void on(AnswerDueSoon alert, @MessageIdentifier String alertId, @SequenceNumber Long sequence) {
        send(alert, alertId, sequence);
    }

    @EventHandler
    void on(AnswerOverdue alert, @MessageIdentifier String alertId, @SequenceNumber Long sequence) {
        send(alert, alertId, sequence);
    }

    @EventHandler
    void on(SupplementNoticeWindowClosing alert, @MessageIdentifier String alertId, @SequenceNumber Long sequence) {
        send(alert, alertId, sequence);
    }

    @EventHandler
    void on(AppealReplyDueSoon alert, @MessageIdentifier String alertId, @SequenceNumber Long sequence) {
        send(alert, alertId, sequence);
    }

    @EventHandler
    void on(SupplementPeriodExpired closing, @MessageIdentifier String alertId, @SequenceNumber Long sequence) {
        send(closing, alertId, sequence);
    }

    @EventHandler
    void on(FeePaymentExpired closing, @MessageIdentifier String alertId, @SequenceNumber Long sequence) {
        send(closing, alertId, sequence);
    }

    private void send(ApplicationEvent event, String alertId, long sequence) {
        AlertFacts facts = AlertFacts.of(event).orElse(null);
        if (facts == null) {
            return; // an expiry staff recorded themselves
        }
        AlertMessage message = message(event, alertId, sequence, facts);
        ensureTopic();
        try {
            kafka.send(new ProducerRecord<>(topic.name(), event.applicationId(), json.writeValueAsString(message)))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AlertNotSentException(alertId, event.applicationId(), e);
        } catch (InterruptedException e) {
            // Shutting down: the token stays before this alert, so the next run sends it.
            Thread.currentThread().interrupt();
            throw new AlertNotSentException(alertId, event.applicationId(), e);
        }
    }

    /** The alert with its application's agency and case number, and its handler as the alert found it. */
    private AlertMessage message(ApplicationEvent event, String alertId, long sequence, AlertFacts facts) {
        ApplicationReceived received = null;
        String handler = null;
        DomainEventStream history = eventStore.readEvents(event.applicationId());
        while (history.hasNext() && history.peek().getSequenceNumber() < sequence) {
            DomainEventMessage<?> earlier = history.next();
            if (earlier.getPayload() instanceof ApplicationEvent applicationEvent) {
                if (applicationEvent instanceof ApplicationReceived intake) {
                    received = intake;
                }
                if (applicationEvent.actsOnCase()) {
                    handler = applicationEvent.by();
                }
            }
        }
        if (received == null) {
            throw new IllegalStateException("alert " + alertId + " without the intake of application "
                    + event.applicationId());
        }
        return new AlertMessage(alertId, facts.kind(), facts.kind().label(), event.applicationId(),
                received.caseNumber(), received.agency(), handler, facts.dueDate(), facts.workingDaysLeft(),
                facts.appealId(), event.at());
    }

    /** As the event publisher does: the topic gets its partitions even when the broker came up after the service. */
    private void ensureTopic() {
        if (!topicChecked) {
            admin.createOrModifyTopics(topic);
            topicChecked = true;
        }
    }

    /** The broker did not acknowledge an alert: thrown so that the processor retries it rather than skip it. */
    static final class AlertNotSentException extends RuntimeException {
        AlertNotSentException(String alertId, String applicationId, Exception cause) {
            super("alert " + alertId + " of application " + applicationId
                    + " was not acknowledged by Kafka; it will be retried", cause);
        }
    }
}
