package disclosure.command.publishing;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import java.util.List;

/**
 * The embedded broker and the Kafka clients log every config value and state change at INFO, hundreds of lines
 * per test that hide what matters; these tests keep Kafka's logging at WARN.
 */
final class QuietKafka {
    private static final List<String> LOGGERS = List.of("org.apache.kafka", "kafka", "state.change.logger");

    private QuietKafka() {
    }

    /** For the embedded broker, which starts before any service (and so before Spring configures logging). */
    static void now() {
        LoggingSystem logging = LoggingSystem.get(QuietKafka.class.getClassLoader());
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.WARN));
    }

    /** For a service: Spring Boot re-reads the logging configuration at each start, so it must be told again. */
    static String[] properties() {
        return LOGGERS.stream().map(logger -> "logging.level." + logger + "=WARN").toArray(String[]::new);
    }
}
