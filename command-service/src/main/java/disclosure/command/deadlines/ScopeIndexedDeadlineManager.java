package disclosure.command.deadlines;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import disclosure.command.unitofwork.WrittenAtCommit;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Axon's db-scheduler deadline manager (the deadlines are Axon's {@code AxonDeadline} tasks, in the binary form, run
 * by Axon's task as before), with two changes for speed:
 * <ul>
 * <li>Every deadline is also listed by name and scope in {@code deadline_scope} ({@code V4__deadline_scope.sql}).
 * Axon finds the deadlines of a scope by reading and deserialising every deadline scheduled in the installation; an
 * application re-plans its deadlines on most commands, so each command would cost time in proportion to all open
 * applications. The list finds them with one index lookup instead.</li>
 * <li>The deadline changes of a unit of work are collected and written once, when the outermost unit of work
 * commits: all cancellations in one statement, then the deadlines still scheduled in one batch. A command re-plans
 * its application's alerts (cancel, then schedule again) and a 台账 line replays several commands in a row, closing
 * the application at the end: scheduled and cancelled again within the same unit of work, such a deadline is never
 * written at all ({@link WrittenAtCommit}).</li>
 * </ul>
 * What is cancelled is what Axon cancels: the deadlines of that name whose serialized scope is byte for byte the one
 * given, and that are not being executed at that moment — plus those scheduled earlier in the same unit of work.
 */
public class ScopeIndexedDeadlineManager extends DbSchedulerDeadlineManager {
    /** The db-scheduler task under which Axon stores every deadline (its binary form, the default). */
    static final String TASK_NAME = "AxonDeadline";

    private final WrittenAtCommit<Change> changes = new WrittenAtCommit<>("deadlines", this::write);
    private final Scheduler scheduler;
    private final Clock clock;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    /** Orders the changes: a cancellation undoes only what was scheduled before it. */
    private final AtomicLong order = new AtomicLong();

    ScopeIndexedDeadlineManager(Builder builder, Scheduler scheduler, Clock clock, Serializer serializer,
                                JdbcTemplate jdbc) {
        super(builder.serializer(serializer));
        this.scheduler = scheduler;
        this.clock = clock;
        this.serializer = serializer;
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<Object> message = processDispatchInterceptors(
                GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime));
        String deadlineId = IdentifierFactory.getInstance().generateIdentifier();
        SerializedObject<byte[]> scope = serializer.serialize(deadlineScope, byte[].class);
        SerializedObject<byte[]> payload = serializer.serialize(message.getPayload(), byte[].class);
        DbSchedulerBinaryDeadlineDetails details = new DbSchedulerBinaryDeadlineDetails(deadlineName, scope.getData(),
                scope.getType().getName(), payload.getData(), payload.getType().getName(),
                payload.getType().getRevision(), serializer.serialize(message.getMetaData(), byte[].class).getData());
        changes.add(new Scheduled(order.incrementAndGet(), deadlineId, deadlineName, scope.getData(),
                SchedulableInstance.of(new TaskInstance<>(TASK_NAME, deadlineId, details), triggerDateTime)));
        return deadlineId;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        changes.add(new Cancelled(order.incrementAndGet(), deadlineName, serializer.serialize(scope, byte[].class).getData(),
                null));
    }

    @Override
    public void cancelAll(String deadlineName) {
        changes.add(new Cancelled(order.incrementAndGet(), deadlineName, null, null));
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        changes.add(new Cancelled(order.incrementAndGet(), deadlineName, null, scheduleId));
    }

    // ---- the changes of a unit of work --------------------------------------------------------------------------

    private sealed interface Change permits Scheduled, Cancelled {
        long order();
    }

    private record Scheduled(long order, String deadlineId, String deadlineName, byte[] scope,
                             SchedulableInstance<?> task) implements Change {}

    /** Deadlines of that name: within {@code scope} if given, the one {@code deadlineId} if given, else all. */
    private record Cancelled(long order, String deadlineName, byte[] scope, String deadlineId) implements Change {
        boolean covers(Scheduled scheduled) {
            return scheduled.order() < order && scheduled.deadlineName().equals(deadlineName)
                    && (scope == null || Arrays.equals(scope, scheduled.scope()))
                    && (deadlineId == null || deadlineId.equals(scheduled.deadlineId()));
        }
    }

    /**
     * Writes the changes in the current transaction: first every cancellation, in one statement, then every deadline
     * no later cancellation covers, in one batch with its listing.
     *
     * If a deadline written is due already, db-scheduler is asked to look for due deadlines once the transaction has
     * committed: it looks when a deadline is scheduled, which is before the commit, when it cannot see it yet, and
     * the deadline would otherwise wait for the next poll.
     */
    private void write(List<Change> changes) {
        List<Cancelled> cancellations = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Cancelled cancelled) {
                cancellations.add(cancelled);
            }
        }
        List<Scheduled> remaining = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Scheduled scheduled
                    && cancellations.stream().noneMatch(cancelled -> cancelled.covers(scheduled))) {
                remaining.add(scheduled);
            }
        }
        cancelStored(cancellations, changes);
        if (!remaining.isEmpty()) {
            scheduler.scheduleBatch(remaining.stream().<SchedulableInstance<?>>map(Scheduled::task).toList());
            jdbc.batchUpdate("INSERT INTO deadline_scope (task_instance, deadline_name, scope) VALUES (?, ?, ?)",
                    remaining.stream().map(scheduled -> new Object[]{scheduled.deadlineId(),
                            scheduled.deadlineName(), scheduled.scope()}).toList());
        }
        Instant now = clock.instant();
        if (remaining.stream().anyMatch(scheduled -> !scheduled.task().getNextExecutionTime(now).isAfter(now))) {
            WrittenAtCommit.afterCommit(scheduler::triggerCheckForDueExecutions);
        }
    }

    /** The stored deadlines the cancellations cover (a deadline being executed at that moment excepted). */
    private void cancelStored(List<Cancelled> cancellations, List<Change> changes) {
        Set<String> unwritten = new HashSet<>();
        changes.forEach(change -> {
            if (change instanceof Scheduled scheduled) {
                unwritten.add(scheduled.deadlineId());
            }
        });
        Map<String, Set<ByteArray>> byScope = new HashMap<>();
        for (Cancelled cancelled : cancellations) {
            if (cancelled.deadlineId() != null) {
                if (!unwritten.contains(cancelled.deadlineId())) {
                    scheduler.cancel(new DbSchedulerDeadlineToken(cancelled.deadlineId()));
                }
            } else if (cancelled.scope() == null) {
                jdbc.update("""
                        DELETE FROM scheduled_tasks WHERE task_name = ? AND NOT picked AND task_instance = ANY (ARRAY(
                            SELECT task_instance FROM deadline_scope WHERE deadline_name = ?))""",
                        TASK_NAME, cancelled.deadlineName());
            } else {
                byScope.computeIfAbsent(cancelled.deadlineName(), name -> new HashSet<>())
                        .add(new ByteArray(cancelled.scope()));
            }
        }
        if (byScope.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<byte[]> scopes = new ArrayList<>();
        byScope.forEach((name, scopesOfName) -> scopesOfName.forEach(scope -> {
            names.add(name);
            scopes.add(scope.bytes());
        }));
        // The listed instances are looked up first (ARRAY(...) runs once), then deleted by primary key: as a join, the
        // planner, misled by a table whose rows come and go, may pair every task with every listed deadline.
        jdbc.update("""
                DELETE FROM scheduled_tasks
                WHERE task_name = ? AND NOT picked AND task_instance = ANY (ARRAY(
                    SELECT listed.task_instance
                    FROM unnest(?::bytea[], ?::text[]) AS cancelled (scope, deadline_name)
                    JOIN deadline_scope listed
                      ON listed.scope = cancelled.scope AND listed.deadline_name = cancelled.deadline_name))""",
                statement -> {
                    Connection connection = statement.getConnection();
                    statement.setString(1, TASK_NAME);
                    statement.setArray(2, connection.createArrayOf("bytea", scopes.toArray(byte[][]::new)));
                    statement.setArray(3, connection.createArrayOf("text", names.toArray()));
                });
    }

    /** A byte array compared by content. */
    private record ByteArray(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ByteArray that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    /**
     * Lists the deadlines scheduled before the list existed (or by a node without it): read and deserialised once,
     * at start-up, as Axon would on every cancellation.
     */
    void listUnlistedDeadlines() {
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
}
