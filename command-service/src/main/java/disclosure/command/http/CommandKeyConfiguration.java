package disclosure.command.http;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event a command stores carries the command's {@link CommandKeys Idempotency-Key} in its metadata, so the log
 * itself says which command wrote it. Declaring a provider replaces Axon's default one, so that one is declared too.
 */
@Configuration
public class CommandKeyConfiguration {

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider commandKeyProvider() {
        return new SimpleCorrelationDataProvider(CommandKeys.METADATA_KEY);
    }
}
