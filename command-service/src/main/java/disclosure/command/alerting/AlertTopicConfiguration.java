package disclosure.command.alerting;

import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The alert topic, the {@link AlertTopicPublisher} and the tracking processor that drives it, apart from the event
 * publisher: its own processor, its own token in {@code token_entry}. On only when publishing to Kafka is on and
 * {@code disclosure.alerts.topic.enabled} is not false.
 */
@org.springframework.context.annotation.Configuration
@ConditionalOnExpression("${disclosure.publishing.enabled:true} and ${disclosure.alerts.topic.enabled:true}")
public class AlertTopicConfiguration {
    static final int BATCH_SIZE = 200;

    @Bean
    public NewTopic alertsTopic(AlertTopicProperties properties) {
        return TopicBuilder.name(properties.name()).partitions(properties.partitions()).build();
    }

    @Bean
    public AlertTopicPublisher alertTopicPublisher(KafkaTemplate<String, String> kafka, KafkaAdmin admin,
                                                   NewTopic alertsTopic, EventStore eventStore,
                                                   AlertTopicProperties properties) {
        return new AlertTopicPublisher(kafka, admin, alertsTopic, eventStore, properties.sendTimeout());
    }

    /**
     * One thread on one segment, so an application's alerts go out in the order they were recorded. The token is
     * stored only after the broker acknowledged every alert of a batch, so a crash sends at most one batch again.
     * Without a token (the first start of an installation) it begins at the head of the log: an upgraded
     * installation does not send years of past alerts. Errors propagate, so the processor keeps its token
     * and retries with Axon's backoff (1 s, 2 s, 4 s … 60 s) instead of skipping an alert.
     */
    @Bean
    public ConfigurerModule alertTopicProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(AlertTopicPublisher.PROCESSING_GROUP, Configuration::eventStore,
                        axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(BATCH_SIZE)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(AlertTopicPublisher.PROCESSING_GROUP,
                        axon -> PropagatingErrorHandler.instance())
                .registerErrorHandler(AlertTopicPublisher.PROCESSING_GROUP, axon -> PropagatingErrorHandler.instance()));
    }
}
