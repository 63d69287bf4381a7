package disclosure.faults.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL from the zonky binaries (as the launcher runs it), on a fixed port and a data folder of its
 * own, so that it can be killed with {@code kill -9} — the postmaster and every backend at once, as a power cut
 * would — and started again on the same data, where it recovers from its write-ahead log.
 */
public final class PostgresServer implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public static PostgresServer start(Path dataDirectory, int port) {
        PostgresServer server = new PostgresServer(dataDirectory, port);
        server.startPostgres();
        return server;
    }

    private void startPostgres() {
        try {
            Files.createDirectories(dataDirectory);
            // zonky turns synchronous_commit off for speed: a commit would then be answered before its WAL record
            // left PostgreSQL's memory, and a kill -9 would lose it. A crash test needs the durability of a real
            // server (fsync may stay off: the operating system, which keeps the written WAL, does not crash here).
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on").setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL to the postmaster and all its backends: no checkpoint, no clean shutdown. */
    public void kill() {
        ProcessHandle postmaster = postmaster();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().join();
        try {
            postgres.close(); // pg_ctl finds nothing to stop; this releases the data folder's lock
        } catch (IOException ignored) {
            // it is dead already
        }
    }

    /** The postmaster, by the PID it wrote in its data folder (pg_ctl starts it detached from this JVM). */
    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("postmaster " + pid + " is gone"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it again on the same data folder and port (crash recovery from the WAL happens here). */
    public void restart() {
        startPostgres();
    }

    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending
        }
    }
}
