package disclosure.command.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The durable deadlines: Axon's db-scheduler deadline manager as its auto-configuration builds it (db-scheduler
 * itself is started and stopped by its Spring Boot starter), with its deadlines listed by scope and
 * the changes of a unit of work written together when it commits.
 */
@Configuration
public class DeadlineConfiguration {

    @Bean
    public DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                           Serializer serializer, TransactionManager transactionManager,
                                           DeadlineManagerSpanFactory spanFactory, JdbcTemplate jdbc, Clock clock) {
        ScopeIndexedDeadlineManager deadlines = new ScopeIndexedDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false), scheduler, clock, serializer, jdbc);
        deadlines.listUnlistedDeadlines();
        return deadlines;
    }
}
