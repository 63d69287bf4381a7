package disclosure.launcher;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in KRaft mode (broker and controller in one process) from the {@code kafka_2.13} jars beside the
 * launcher: formatted once ({@code kafka.tools.StorageTool format}), then {@code kafka.Kafka server.properties}.
 * Records are kept forever: the topic is the query side's way back to every event.
 */
final class KafkaBroker {
    private KafkaBroker() {
    }

    static ManagedProcess start(Path directory, Path log, int port, int controllerPort) {
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("server.properties");
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
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    log.retention.hours=-1
                    log.retention.bytes=-1
                    """.formatted(controllerPort, port, controllerPort, port, directory.resolve("log").toAbsolutePath()));
            String classpath = classpath();
            if (!Files.exists(directory.resolve("log/meta.properties"))) {
                Process format = new ProcessBuilder(ManagedProcess.java(), "-cp", classpath, "kafka.tools.StorageTool",
                        "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                    throw new LaunchException("Kafka 存储格式化失败，详见 " + log + " / formatting Kafka storage failed, see " + log);
                }
            }
            ManagedProcess broker = ManagedProcess.start("kafka", List.of(ManagedProcess.java(), "-Xmx512m", "-cp",
                    classpath, "kafka.Kafka", config.toString()), Map.of(), log);
            broker.awaitReady(() -> ManagedProcess.listening(port), Duration.ofSeconds(60));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while starting Kafka");
        }
    }

    /** The launcher's own jar and the {@code lib/} folder beside it (copied there by the build). */
    private static String classpath() {
        try {
            Path jar = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = jar.getParent().resolve("lib");
            return jar + java.io.File.pathSeparator + lib.resolve("*");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
