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
 * Read-your-writes: the position up to which every published event is reflected in the read models. Events are
 * published in global order, each naming the one before it, so the position advances along that chain and never
 * past a missing link, whichever partition or query-service instance applies which event.
 */
@Component
public class ReadPosition {
    private static final Duration RECHECK = Duration.ofMillis(100);

    private final JdbcTemplate jdbc;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();

    public ReadPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.queryForObject("SELECT position FROM read_position WHERE id = 1", Long.class);
    }

    /** Moves the position along the chain of applied events; call inside the transaction that applied them. */
    public long advance() {
        long from = jdbc.queryForObject("SELECT position FROM read_position WHERE id = 1 FOR UPDATE", Long.class);
        long to = jdbc.queryForObject("""
                WITH RECURSIVE chain(position) AS (
                    SELECT position FROM event_log WHERE previous_position = ?
                    UNION
                    SELECT e.position FROM event_log e JOIN chain c ON e.previous_position = c.position
                )
                SELECT coalesce(max(position), ?) FROM chain""", Long.class, from, from);
        if (to > from) {
            jdbc.update("UPDATE read_position SET position = ? WHERE id = 1", to);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signal();
                    }
                });
            }
        }
        return to;
    }

    private void signal() {
        lock.lock();
        try {
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every event up to {@code position} is reflected. Woken when this instance advances the
     * position, and re-reads it regularly, since another instance may have advanced it.
     *
     * @return whether the position was reached within {@code timeout}
     */
    public boolean awaitAtLeast(long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (current() < position) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            lock.lock();
            try {
                advanced.await(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
            } finally {
                lock.unlock();
            }
        }
        return true;
    }
}
