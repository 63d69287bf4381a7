package disclosure.command.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import javax.sql.DataSource;

/**
 * Publishing of the event store to Kafka: the topic, the {@link EventPublisher} and the tracking processor that
 * drives it. The producer itself is Spring Boot's, configured under {@code spring.kafka.producer} in
 * {@code application.yml}. Switched off with {@code disclosure.publishing.enabled=false}.
 */
@org.springframework.context.annotation.Configuration
@ConditionalOnProperty(prefix = "disclosure.publishing", name = "enabled", havingValue = "true", matchIfMissing = true)
public class PublishingConfiguration {
    static final int BATCH_SIZE = 500;

    /** Created by Spring's {@link KafkaAdmin} at start-up if missing; replicas as the broker's default. */
    @Bean
    public NewTopic eventsTopic(PublishingProperties properties) {
        return TopicBuilder.name(properties.topic()).partitions(properties.partitions()).build();
    }

    /** Events as the JSON the event store holds, handed back by the serializer that wrote it. */
    @Bean
    public EventPublisher eventPublisher(KafkaTemplate<String, String> kafka, KafkaAdmin admin, NewTopic eventsTopic,
                                         @Qualifier("eventSerializer") Serializer eventSerializer,
                                         PublishingProperties properties, JdbcTemplate jdbc, DataSource dataSource,
                                         EventSchema eventSchema) {
        return new EventPublisher(kafka, admin, eventsTopic, eventSerializer, properties.sendTimeout(), jdbc,
                dataSource, eventSchema);
    }

    /**
     * One thread on one segment, so events are sent in the order the store hands them out; up to
     * {@value #BATCH_SIZE} events per batch (as many as the store has ready, so a quiet system sends each event at
     * once), so that one transaction and one wait for the broker serve many events: the token (in
     * {@code token_entry}) is saved after each acknowledged batch, and a crash re-sends at most one batch.
     * Without a token (first start) the processor begins at the tail: the whole existing log is published.
     * Errors propagate to the processor, which then keeps its token and retries after 1 s, 2 s, 4 s … up to 60 s
     * (Axon's built-in backoff), instead of logging the failure and moving on, which would lose the event.
     */
    @Bean
    public ConfigurerModule kafkaPublisherProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(EventPublisher.PROCESSING_GROUP, Configuration::eventStore,
                        axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(BATCH_SIZE)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(EventPublisher.PROCESSING_GROUP,
                        axon -> PropagatingErrorHandler.instance())
                .registerErrorHandler(EventPublisher.PROCESSING_GROUP, axon -> PropagatingErrorHandler.instance()));
    }
}
