package disclosure.system;

import disclosure.testsupport.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./run.sh}'s launcher as a user runs it: it starts PostgreSQL, Kafka and both services, refuses a second
 * start on the same data and a busy port with a clear message, and leaves no process behind when stopped.
 */
class LauncherTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    private static Process launch(Path data, Map<String, String> ports, Path output, String... arguments)
            throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                HOME.resolve("launcher/target/launcher.jar").toString(), "--data", data.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(ports);
        return builder.start();
    }

    private static boolean accepts(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void startsEverythingRefusesASecondStartAndStopsWithoutLeftovers(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Map<String, String> ports = Map.of(
                "DISCLOSURE_WEB_PORT", Integer.toString(ServiceProcess.freePort()),
                "DISCLOSURE_COMMAND_PORT", Integer.toString(ServiceProcess.freePort()),
                "DISCLOSURE_QUERY_PORT", Integer.toString(ServiceProcess.freePort()),
                "DISCLOSURE_POSTGRES_PORT", Integer.toString(ServiceProcess.freePort()),
                "DISCLOSURE_KAFKA_PORT", Integer.toString(ServiceProcess.freePort()),
                "DISCLOSURE_KAFKA_CONTROLLER_PORT", Integer.toString(ServiceProcess.freePort()));
        Path output = temp.resolve("launcher.out");
        Process launcher = launch(data, ports, output, "--no-demo");
        try {
            await().atMost(Duration.ofMinutes(3)).until(() -> read(output).contains("按 Ctrl-C 停止全部")
                    || !launcher.isAlive());
            assertThat(launcher.isAlive()).as(read(output)).isTrue();
            assertThat(read(output)).contains("http://localhost:" + ports.get("DISCLOSURE_WEB_PORT"),
                    "http://localhost:" + ports.get("DISCLOSURE_COMMAND_PORT"),
                    "http://localhost:" + ports.get("DISCLOSURE_QUERY_PORT") + "/swagger-ui");
            List<ProcessHandle> children = launcher.descendants().toList();
            assertThat(children).as("Kafka, command-service, query-service (PostgreSQL runs detached, via pg_ctl)")
                    .hasSizeGreaterThanOrEqualTo(3);

            Path second = temp.resolve("second.out");
            Process again = launch(data, ports, second, "--no-demo");
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).isEqualTo(1);
            assertThat(read(second)).contains("系统已在运行", "already running");

            Path busy = temp.resolve("busy.out");
            try (ServerSocket taken = new ServerSocket(0)) {
                Map<String, String> clash = new java.util.HashMap<>(ports);
                clash.put("DISCLOSURE_COMMAND_PORT", Integer.toString(taken.getLocalPort()));
                Process blocked = launch(temp.resolve("other-data"), clash, busy, "--no-demo");
                assertThat(blocked.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(blocked.exitValue()).isEqualTo(1);
            }
            assertThat(read(busy)).contains("已被占用", "DISCLOSURE_COMMAND_PORT");

            launcher.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the launcher's shutdown hook stops everything
            assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(read(output)).contains("已全部停止")
                    .as("a part told to stop is not reported as failed").doesNotContain("意外退出");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(children).noneMatch(ProcessHandle::isAlive));
            int postgres = Integer.parseInt(ports.get("DISCLOSURE_POSTGRES_PORT"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(accepts(postgres))
                    .as("PostgreSQL stopped").isFalse());
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
