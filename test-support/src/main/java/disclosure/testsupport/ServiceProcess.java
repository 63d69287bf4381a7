package disclosure.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the services as its own operating-system process, started from the executable jar the build produced,
 * exactly as an operator runs it; its output goes to {@code target/service-logs/}.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The executable jar of a module of this build: {@code command-service} or {@code query-service}. */
    public static Path jarOf(String module) {
        Path jar = Path.of(System.getProperty("disclosure." + module + ".jar", "../" + module + "/target/" + module
                + "-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build with mvn verify (or package)");
        }
        return jar;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the module with these environment variables and arguments; waits until its health is UP. */
    public static ServiceProcess start(String name, String module, int port, Map<String, String> environment,
                                       String... arguments) {
        return launch(name, module, port, environment, true, arguments);
    }

    /** Runs the module to its end (a one-off command such as a rebuild) and returns its output. */
    public static String run(String name, String module, Map<String, String> environment, Duration timeout,
                             String... arguments) {
        try (ServiceProcess process = launch(name, module, freePort(), environment, false, arguments)) {
            if (!process.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not finish within " + timeout + ":\n" + process.output());
            }
            if (process.process.exitValue() != 0) {
                throw new IllegalStateException(name + " ended with " + process.process.exitValue() + ":\n"
                        + process.output());
            }
            return process.output();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ServiceProcess launch(String name, String module, int port, Map<String, String> environment,
                                         boolean awaitHealth, String... arguments) {
        try {
            Path logs = Files.createDirectories(Path.of("target", "service-logs"));
            Path log = logs.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Daxoniq.update-checker.disabled=true", "-jar", jarOf(module).toString(),
                    "--server.port=" + port));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            // Every service a test starts checks staff tokens signed with the tests' secret (TestStaff).
            builder.environment().putIfAbsent("DISCLOSURE_TOKEN_SECRET", TestStaff.SECRET);
            ServiceProcess service = new ServiceProcess(name, builder.start(), port, log);
            if (awaitHealth) {
                service.awaitHealthy(Duration.ofSeconds(90));
            }
            return service;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended during start-up:\n" + output());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not healthy within " + timeout + ":\n" + output());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** {@code kill -9}: the process ends at once, without shutdown hooks, mid-request and mid-transaction. */
    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
