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
