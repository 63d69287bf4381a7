package disclosure.command.deadlines;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Axon's db-scheduler deadline manager, with every deadline also listed by name and scope in {@code deadline_scope}
 * ({@code V4__deadline_scope.sql}). Axon finds the deadlines of a scope by reading and deserialising every deadline
 * scheduled in the installation; an application re-plans its deadlines on most commands, so each command would cost
 * time in proportion to all open applications. The list finds them with one index lookup instead.
 * <p>
 * What is cancelled is what Axon cancels: the deadlines of that name whose serialized scope is byte for byte the one
 * given, and that are not being executed at that moment; in the unit of work's transaction, when it commits.
 */
public class ScopeIndexedDeadlineManager extends DbSchedulerDeadlineManager {
    /** The db-scheduler task under which Axon stores every deadline (its binary form, the default). */
    static final String TASK_NAME = "AxonDeadline";

    private final Serializer serializer;
    private final JdbcTemplate jdbc;

    ScopeIndexedDeadlineManager(Builder builder, Serializer serializer, JdbcTemplate jdbc) {
        super(builder.serializer(serializer));
        this.serializer = serializer;
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        String deadlineId = super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        byte[] scope = serialized(deadlineScope);
        // Registered after Axon's own insert of the task: both are written in the same transaction, in this order.
        runOnPrepareCommitOrNow(() -> jdbc.update(
                "INSERT INTO deadline_scope (task_instance, deadline_name, scope) VALUES (?, ?, ?)",
                deadlineId, deadlineName, scope));
        return deadlineId;
    }

    /** The listed deadlines go with their tasks: a trigger removes the entry of every task deleted. */
    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        byte[] serializedScope = serialized(scope);
        // The listed instances are looked up first (ARRAY(...) runs once), then deleted by primary key: as a join,
        // the planner, misled by a table whose rows come and go, may pair every task with every listed deadline.
        runOnPrepareCommitOrNow(() -> jdbc.update("""
                DELETE FROM scheduled_tasks
                WHERE task_name = ? AND NOT picked AND task_instance = ANY (ARRAY(
                    SELECT task_instance FROM deadline_scope WHERE scope = ? AND deadline_name = ?))""",
                TASK_NAME, serializedScope, deadlineName));
    }

    /**
     * Lists the deadlines scheduled before the list existed (or by a node without it): read and deserialised once,
     * at start-up, as Axon would on every cancellation.
     */
    void listUnlistedDeadlines(SchedulerClient scheduler) {
        Set<String> unlisted = new HashSet<>(jdbc.queryForList("""
                SELECT task_instance FROM scheduled_tasks task WHERE task_name = ? AND NOT EXISTS (
                    SELECT 1 FROM deadline_scope listed WHERE listed.task_instance = task.task_instance)""",
                String.class, TASK_NAME));
        if (unlisted.isEmpty()) {
            return;
        }
        scheduler.fetchScheduledExecutionsForTask(TASK_NAME, DbSchedulerBinaryDeadlineDetails.class,
                ScheduledExecutionsFilter.all(), execution -> {
                    String id = execution.getTaskInstance().getId();
                    if (unlisted.contains(id)) {
                        jdbc.update("""
                                INSERT INTO deadline_scope (task_instance, deadline_name, scope) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""", id, execution.getData().getD(), execution.getData().getS());
                    }
                });
    }

    private byte[] serialized(ScopeDescriptor scope) {
        return serializer.serialize(scope, byte[].class).getData();
    }
}
