package disclosure.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The machine the figures come from, and the memory of the service processes the benchmark started (Linux). */
final class Machine {
    private Machine() {
    }

    /** The 1-minute load average: other work on the machine shares the cores the figures come from. */
    static String loadAverage() {
        String[] fields = proc("/proc/loadavg").split(" ");
        return fields.length > 0 && !fields[0].isBlank() ? fields[0] : "unknown";
    }

    static String describe(String postgresVersion) {
        Runtime runtime = Runtime.getRuntime();
        return "%d cores (%s), %s RAM, Java %s (%s), %s, Kafka (embedded KRaft, 1 broker) — all on this machine"
                .formatted(runtime.availableProcessors(), cpuModel(), memory(), System.getProperty("java.version"),
                        System.getProperty("java.vm.name"), postgresVersion);
    }

    private static String cpuModel() {
        return proc("/proc/cpuinfo").lines().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }

    private static String memory() {
        return proc("/proc/meminfo").lines().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> String.format("%.1f GB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .findFirst().orElse("unknown");
    }

    private static String proc(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            return "";
        }
    }

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ: 100 on every Linux the benchmark runs on). */
    private static final double TICKS_PER_SECOND = 100.0;

    /**
     * The processor time the processes of the system under test have used so far, in seconds, by part: the two
     * services, PostgreSQL (all its processes) and this JVM (the load generator and the embedded Kafka broker).
     * Taken before and after a phase, it shows what one event cost in processor time, which other work on the
     * machine does not change, and how much of the two cores the system had.
     */
    record CpuTimes(Map<String, Double> seconds) {
        /** @param postmaster the process id of the PostgreSQL server (not a child of this JVM: pg_ctl starts it) */
        static CpuTimes now(long postmaster) {
            Map<String, Double> seconds = new java.util.TreeMap<>();
            seconds.put("benchmark + Kafka", cpuSeconds(ProcessHandle.current().pid()));
            ProcessHandle.current().descendants().forEach(process -> {
                String commandLine = process.info().commandLine().orElse("");
                if (commandLine.contains("-service-")) {
                    seconds.merge(MemoryWatch.name(commandLine), cpuSeconds(process.pid()), Double::sum);
                }
            });
            double postgres = cpuSeconds(postmaster);
            postgres += ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::children)
                    .mapToDouble(process -> cpuSeconds(process.pid())).sum();
            seconds.put("PostgreSQL", postgres);
            return new CpuTimes(seconds);
        }

        /** The PostgreSQL server's process: the parent of the backend serving a connection to it. */
        static long postmaster(java.sql.Connection connection) throws java.sql.SQLException {
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT pg_backend_pid()")) {
                result.next();
                String stat = proc("/proc/" + result.getLong(1) + "/stat");
                return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
            }
        }

        /** What each part used since {@code before}, in seconds. */
        Map<String, Double> since(CpuTimes before) {
            Map<String, Double> used = new java.util.TreeMap<>();
            seconds.forEach((part, total) -> used.put(part, total - before.seconds.getOrDefault(part, 0.0)));
            return used;
        }

        private static double cpuSeconds(long pid) {
            String stat = proc("/proc/" + pid + "/stat");
            int afterName = stat.lastIndexOf(')');
            if (afterName < 0) {
                return 0;
            }
            // fields after the name: state (3), ... utime (14), stime (15)
            String[] fields = stat.substring(afterName + 2).split(" ");
            return fields.length > 12 ? (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND
                    : 0;
        }
    }

    /**
     * Watches the child processes (the services) and keeps each one's peak resident memory ({@code VmHWM}), read
     * once a second so a process that ends (the rebuild) still leaves its figure.
     */
    static final class MemoryWatch implements AutoCloseable {
        private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
        private final Thread sampler;

        MemoryWatch() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            ProcessHandle.current().descendants().forEach(process -> {
                Optional<String> commandLine = process.info().commandLine();
                OptionalLong peak = peakKb(process.pid());
                if (commandLine.isPresent() && commandLine.get().contains("-service-") && peak.isPresent()) {
                    peakKb.merge(name(commandLine.get()), peak.getAsLong(), Math::max);
                }
            });
        }

        static String name(String commandLine) {
            String service = commandLine.contains("command-service") ? "command-service" : "query-service";
            return commandLine.contains("--disclosure.rebuild=true") ? service + " (rebuild)" : service;
        }

        /** The peak resident memory in MB of the processes whose name (as in {@link #name}) matches. */
        OptionalLong peakMb(Predicate<String> service) {
            sample();
            return peakKb.entrySet().stream().filter(entry -> service.test(entry.getKey()))
                    .mapToLong(entry -> entry.getValue() / 1024).max();
        }

        private static OptionalLong peakKb(long pid) {
            return proc("/proc/" + pid + "/status").lines().filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst();
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}
