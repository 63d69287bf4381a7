package disclosure.query.rebuild;

import disclosure.query.stream.EventApplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the rebuild when query-service is started with {@code --disclosure.rebuild=true} (the Kafka listener is then
 * not started), and stops the service when it is done. See the README, "Rebuilding the read models".
 */
@Component
@ConditionalOnProperty("disclosure.rebuild")
public class RebuildCommand implements ApplicationRunner {
    private final JdbcTemplate target;
    private final EventApplier applier;
    private final ConfigurableApplicationContext context;
    private final String sourceUrl;
    private final String sourceUser;
    private final String sourcePassword;
    private final boolean exitWhenDone;

    public RebuildCommand(JdbcTemplate target, EventApplier applier, ConfigurableApplicationContext context,
                          @Value("${disclosure.rebuild.source-url:${DISCLOSURE_COMMAND_DB_URL:jdbc:postgresql://localhost:5432/disclosure_command}}") String sourceUrl,
                          @Value("${disclosure.rebuild.source-user:${DISCLOSURE_COMMAND_DB_USER:disclosure}}") String sourceUser,
                          @Value("${disclosure.rebuild.source-password:${DISCLOSURE_COMMAND_DB_PASSWORD:disclosure}}") String sourcePassword,
                          @Value("${disclosure.rebuild.exit-when-done:true}") boolean exitWhenDone) {
        this.target = target;
        this.applier = applier;
        this.context = context;
        this.sourceUrl = sourceUrl;
        this.sourceUser = sourceUser;
        this.sourcePassword = sourcePassword;
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) {
        new RebuildFromEventStore(sourceUrl, sourceUser, sourcePassword, target, applier, System.out).run();
        if (exitWhenDone) {
            context.close();
        }
    }
}
