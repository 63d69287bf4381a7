package disclosure.query.position;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Read-your-writes: the position up to which every event of the log is reflected in the read models. Events are
 * numbered 1, 2, 3 … as they are published; once every number up to n is applied, every position up to the
 * {@code complete-up-to} of event n is too, whichever partition or query-service instance applied which event.
 */
@Component
public class ReadPosition {
    private static final Duration RECHECK = Duration.ofMillis(100);
    private static final int PAGE = 10_000;

    private final JdbcTemplate jdbc;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    /**
     * The furthest position this instance has committed: the waiters it wakes compare with it instead of each
     * asking the database, which, with many waiting queries and a batch committed every few milliseconds, costs
     * more than the applying itself.
     */
    private volatile long committedHere;
    /** The position as last read from the database, and when ({@link System#nanoTime()}): shared by the waiters. */
    private volatile long lastRead;
    private volatile long lastReadAt = System.nanoTime() - RECHECK.toNanos();

    public ReadPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.queryForObject("SELECT position FROM read_position WHERE id = 1", Long.class);
    }

    /** Moves the position over every applied event numbered without a gap; call inside the applying transaction. */
    public long advance() {
        long[] state = jdbc.queryForObject("SELECT publish_sequence, position FROM read_position WHERE id = 1 FOR UPDATE",
                (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});
        long sequence = state[0];
        long position = state[1];
        boolean moved = false;
        while (true) {
            long[] reached = {sequence, position};
            // Bounded on both sides rather than by a LIMIT, so that the planner knows how few rows are wanted and
            // reads the index, not the whole log, on every batch. A gapless run of at most PAGE numbers after the
            // position lies within this range anyway.
            jdbc.query("""
                    SELECT publish_sequence, complete_up_to FROM event_log
                    WHERE publish_sequence > ? AND publish_sequence <= ? ORDER BY publish_sequence""", rs -> {
                if (rs.getLong(1) == reached[0] + 1) {
                    reached[0] = rs.getLong(1);
                    reached[1] = Math.max(reached[1], rs.getLong(2));
                }
            }, sequence, sequence + PAGE);
            if (reached[0] == sequence) {
                break;
            }
            moved = true;
            sequence = reached[0];
            position = reached[1];
        }
        if (moved) {
            jdbc.update("UPDATE read_position SET publish_sequence = ?, position = ? WHERE id = 1", sequence, position);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                long committed = position;
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signal(committed);
                    }
                });
            }
        }
        return position;
    }

    private void signal(long committed) {
        lock.lock();
        try {
            committedHere = Math.max(committedHere, committed);
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The position in the database, read at most once per {@link #RECHECK} for all waiters together: with many
     * queries waiting, each reading it every {@link #RECHECK} would cost more than the applying itself.
     */
    private long recentlyRead(long now) {
        if (now - lastReadAt >= RECHECK.toNanos()) {
            lastRead = current();
            lastReadAt = now;
        }
        return lastRead;
    }

    /**
     * Waits until every event up to {@code position} is reflected. Woken when this instance advances the
     * position, and re-reads it regularly, since another instance may have advanced it.
     *
     * @return whether the position was reached within {@code timeout}
     */
    public boolean awaitAtLeast(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextRead = System.nanoTime();
        while (committedHere < position) {
            long now = System.nanoTime();
            if (now >= nextRead || now >= deadline) {
                if ((now >= deadline ? current() : recentlyRead(now)) >= position) {
                    return true;
                }
                if (now >= deadline) {
                    return false;
                }
                nextRead = now + RECHECK.toNanos();
            }
            lock.lock();
            try {
                if (committedHere < position) {
                    advanced.await(Math.min(deadline, nextRead) - now, TimeUnit.NANOSECONDS);
                }
            } finally {
                lock.unlock();
            }
        }
        return true;
    }
}
