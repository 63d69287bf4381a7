package disclosure.query.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A batch that fails (the database is down, say) is retried until it succeeds: the consumer never skips an event.
 * Unreadable records do not fail a batch; they are set aside by the applier.
 */
@Configuration
public class StreamConfiguration {

    @Bean
    public DefaultErrorHandler retryForever() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }
}
