package disclosure.faults.support;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in KRaft mode as its own process ({@code kafka.Kafka}, from the {@code kafka_2.13} jars on this
 * test's class path, as the launcher runs it), on fixed ports and a log folder of its own, so that it can be
 * killed with {@code kill -9} and started again on the same log.
 */
public final class KafkaServer implements AutoCloseable {
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;

    private KafkaServer(Path directory, int port, int controllerPort) throws IOException {
        Files.createDirectories(directory);
        this.port = port;
        this.config = directory.resolve("server.properties");
        this.log = Files.createDirectories(Path.of("target", "service-logs")).resolve("kafka.log");
        Files.writeString(config, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%d
                listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                advertised.listeners=PLAINTEXT://127.0.0.1:%d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=-1
                log.retention.bytes=-1
                """.formatted(controllerPort, port, controllerPort, port, directory.resolve("log").toAbsolutePath()));
    }

    public static KafkaServer start(Path directory, int port, int controllerPort) {
        try {
            KafkaServer server = new KafkaServer(directory, port, controllerPort);
            server.format();
            server.startBroker();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> java(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(arguments));
        return command;
    }

    private void format() throws IOException {
        Process format = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t",
                Uuid.randomUuid().toString(), "-c", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed, see " + log.toAbsolutePath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startBroker() throws IOException {
        process = new ProcessBuilder(java("kafka.Kafka", config.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!listening()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Kafka did not start, see " + log.toAbsolutePath());
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** SIGKILL: no controlled shutdown, the log is recovered on the next start. */
    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    public void restart() {
        try {
            startBroker();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
