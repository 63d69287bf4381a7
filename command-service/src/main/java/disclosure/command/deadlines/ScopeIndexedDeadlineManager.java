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
import org.springframework.jdbc.core.RowCallbackHandler;

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
 * commits: the cancellations' deadlines looked up in the list and deleted by id in one batch, then the deadlines still
 * scheduled in one batch. A command re-plans
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
     * Writes the changes in the current transaction: first every cancellation ({@link #cancelStored}), then every
     * deadline no later cancellation covers, in one batch with its listing.
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

    /**
     * The stored deadlines the cancellations cover (a deadline being executed at that moment excepted): their ids are
     * looked up in the list, then each is deleted by its primary key.
     * <p>
     * Both statements are shaped so that PostgreSQL can only answer them through the indexes, whatever its statistics
     * say. These tables churn: after a ledger import has closed nearly every application it brought in, autovacuum
     * finds them empty and records "no rows per page", and until the next analysis (a minute later, or much later on a
     * busy machine) the planner takes every table size for empty. A single statement joining the cancelled scopes
     * with the list and deleting {@code task_instance = ANY (...)} was then planned as a scan of every deadline
     * scheduled since — once per command, growing with every intake (issue 3's lag). Looked up by
     * {@code scope = ANY (?)}, the first column of the list's index, and deleted by the whole primary key, a row is
     * found by index or, in a table too small for an index to pay, by reading its few pages.
     */
    private void cancelStored(List<Cancelled> cancellations, List<Change> changes) {
        Set<String> unwritten = new HashSet<>();
        changes.forEach(change -> {
            if (change instanceof Scheduled scheduled) {
                unwritten.add(scheduled.deadlineId());
            }
        });
        Set<String> allOfName = new HashSet<>();
        Map<String, Set<ByteArray>> byScope = new HashMap<>();
        for (Cancelled cancelled : cancellations) {
            if (cancelled.deadlineId() != null) {
                if (!unwritten.contains(cancelled.deadlineId())) {
                    scheduler.cancel(new DbSchedulerDeadlineToken(cancelled.deadlineId()));
                }
            } else if (cancelled.scope() == null) {
                allOfName.add(cancelled.deadlineName());
            } else {
                byScope.computeIfAbsent(cancelled.deadlineName(), name -> new HashSet<>())
                        .add(new ByteArray(cancelled.scope()));
            }
        }
        Set<String> listed = new HashSet<>();
        for (String name : allOfName) {
            listed.addAll(jdbc.queryForList("SELECT task_instance FROM deadline_scope WHERE deadline_name = ?",
                    String.class, name));
        }
        byScope.forEach((name, scopes) -> {
            if (!allOfName.contains(name)) {
                jdbc.query("SELECT task_instance FROM deadline_scope WHERE scope = ANY (?) AND deadline_name = ?",
                        statement -> {
                            statement.setArray(1, statement.getConnection().createArrayOf("bytea",
                                    scopes.stream().map(ByteArray::bytes).toArray(byte[][]::new)));
                            statement.setString(2, name);
                        },
                        (RowCallbackHandler) row -> listed.add(row.getString(1)));
            }
        });
        if (listed.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND NOT picked",
                listed.stream().sorted().map(id -> new Object[]{TASK_NAME, id}).toList());
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
