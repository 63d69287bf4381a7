package disclosure.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Starts command-service or query-service from the executable jar the build produced. */
final class Services {
    private Services() {
    }

    static ManagedProcess start(String module, Path home, int port, Path log, Map<String, String> environment) {
        Path jar = jarOf(module, home);
        try {
            ManagedProcess service = ManagedProcess.start(module, List.of(ManagedProcess.java(), "-Xmx512m",
                    "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()), environment, log);
            service.awaitReady(() -> ManagedProcess.healthy(port), Duration.ofSeconds(120));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a module once to its end (the read-model rebuild), showing its progress lines and keeping everything in
     * the log.
     */
    static void runOnce(String module, Path home, Path log, Map<String, String> environment, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(ManagedProcess.java(), "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true", "-jar", jarOf(module, home).toString()));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            try (java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(
                    process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                 java.io.Writer logFile = Files.newBufferedWriter(log, java.nio.charset.StandardCharsets.UTF_8,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    logFile.write(line + System.lineSeparator());
                    if (line.contains("事件") && !line.contains(" INFO ")) { // the rebuild's own progress lines
                        System.out.println("    " + line);
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new LaunchException(module + " 运行失败，详见 " + log + " / " + module + " failed, see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while running " + module);
        }
    }

    private static Path jarOf(String module, Path home) {
        Path target = home.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new LaunchException("找不到 " + module + " 的可执行 jar（请先构建：mvn -B -DskipTests package）/ "
                            + "no executable jar of " + module + " in " + target + ": build first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
