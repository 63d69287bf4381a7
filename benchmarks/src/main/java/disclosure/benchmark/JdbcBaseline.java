package disclosure.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * What the database itself can do on this machine, the yardstick for the system's figures: rows the shape of an
 * event-store row (a JSON payload of about 400 bytes), inserted with plain JDBC and the driver's default settings,
 * either one row per committed transaction or 100 rows per batch and transaction.
 */
final class JdbcBaseline {
    private static final int BATCH = 100;
    private static final byte[] PAYLOAD = ("{\"applicationId\":\"" + UUID.randomUUID() + "\",\"agency\":\"某市交通运输局\","
            + "\"caseNumber\":\"2024-00001\",\"channel\":\"INTERNET\",\"receiptDate\":\"2024-03-05\","
            + "\"category\":\"NATURAL_PERSON\",\"applicant\":{\"name\":\"张三\",\"idDocumentNumber\":\"110101199001011234\","
            + "\"phone\":\"13800000000\"},\"requestedInformation\":\"2023年本局行政处罚决定书目录\","
            + "\"deliveryForm\":\"EMAIL\",\"by\":\"migration-01\",\"recordedAt\":\"2026-11-27T10:00:00Z\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Rows per second, and the mean time of one committed single-row insert. */
    record Rates(double singleRowPerSecond, double batchedRowsPerSecond, double singleRowMillis) {}

    private JdbcBaseline() {
    }

    static Rates measure(String jdbcUrl, Duration each) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("""
                        CREATE TABLE baseline_event (
                            global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                            aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                            payload BYTEA NOT NULL, time_stamp VARCHAR(255) NOT NULL,
                            UNIQUE (aggregate_identifier, sequence_number))""");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO baseline_event (event_identifier, aggregate_identifier, sequence_number, payload,
                        time_stamp) VALUES (?, ?, ?, ?, ?)""")) {
                insertSingleRows(connection, insert, Duration.ofSeconds(1));
                insertBatches(connection, insert, Duration.ofSeconds(1));
                long[] single = insertSingleRows(connection, insert, each);
                long[] batched = insertBatches(connection, insert, each);
                return new Rates(single[0] * 1e9 / single[1], batched[0] * 1e9 / batched[1],
                        single[1] / 1e6 / single[0]);
            }
        }
    }

    /** @return rows inserted and nanoseconds taken */
    private static long[] insertSingleRows(Connection connection, PreparedStatement insert, Duration duration)
            throws SQLException {
        connection.setAutoCommit(true);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long rows = 0;
        while (System.nanoTime() < end) {
            bind(insert);
            insert.executeUpdate();
            rows++;
        }
        return new long[]{rows, System.nanoTime() - started};
    }

    private static long[] insertBatches(Connection connection, PreparedStatement insert, Duration duration)
            throws SQLException {
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long rows = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < BATCH; i++) {
                bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            rows += BATCH;
        }
        connection.setAutoCommit(true);
        return new long[]{rows, System.nanoTime() - started};
    }

    private static void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setLong(3, 0);
        insert.setBytes(4, PAYLOAD);
        insert.setString(5, "2026-11-27T10:00:00Z");
    }
}
