package disclosure.query.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Consumes the event stream of command-service (topic {@code disclosure.events}) in batches; not started when
 * {@code disclosure.rebuild=true}.
 */
@Component
public class EventStreamListener {
    private final EventApplier applier;

    public EventStreamListener(EventApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(id = "event-stream", idIsGroup = false, topics = "${disclosure.events-topic}", batch = "true",
            autoStartup = "#{'${disclosure.rebuild:false}' != 'true'}")
    public void onBatch(List<ConsumerRecord<String, String>> records) {
        applier.apply(records);
    }
}
