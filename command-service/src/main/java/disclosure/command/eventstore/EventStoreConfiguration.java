package disclosure.command.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import disclosure.command.http.StrictJson;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Clock;
import java.time.Instant;

/**
 * The event store: Axon's JDBC engine on PostgreSQL, tables created by Flyway ({@code V1__event_store.sql})
 * with snake_case names, payloads as JSON (Jackson), and db-scheduler's clock tied to the application's
 * {@link Clock} so durable deadlines fire by the same time the rules use.
 */
@Configuration
public class EventStoreConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC engine as its auto-configuration would build it, except for gaps in the global index (sequence
     * values taken by transactions that rolled back): they are given up after {@code gapTimeoutMs} and looked at on
     * every fetch, so the publisher's "complete up to" position, and with it read-your-writes, does not wait for
     * them for long. A transaction taking longer than that between insert and commit would be missed: commands and
     * ledger lines commit within a second.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema eventSchema,
                                                 @Value("${disclosure.event-store.gap-timeout-ms:15000}") int gapTimeoutMs) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout(gapTimeoutMs)
                .gapCleaningThreshold(1)
                .build();
    }

    /**
     * Two nodes appending to one application at once collide on (aggregate_identifier, sequence_number): PostgreSQL
     * reports it as SQL state 23505, which Axon's default resolver (by vendor error code) does not recognise. Seen
     * as a duplicate key, the collision becomes Axon's concurrency exception, answered 409 — not a 500.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql) {
                    for (java.sql.SQLException next = sql; next != null; next = next.getNextException()) {
                        if ("23505".equals(next.getSQLState())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        };
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The HTTP API's mapper: strict, so a misspelt field is an error rather than silently ignored, and a value of the
     * wrong type is refused rather than converted ({@link StrictJson}).
     */
    @Bean
    @Primary
    public ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return StrictJson.apply(builder.build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * The mapper for stored events: tolerant of fields it does not know, so events written by a newer version
     * can still be read by an older one during a rolling upgrade.
     */
    @Bean
    public ObjectMapper defaultAxonObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer isoDates() {
        return builder -> builder.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Bean
    public com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return new com.github.kagkarlsson.scheduler.Clock() {
            @Override
            public Instant now() {
                return clock.instant();
            }
        };
    }
}
