package disclosure.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.testsupport.TestDatabase;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 性能基准 (issue 3 §7): in one run on one embedded PostgreSQL, the raw JDBC insert rate as the yardstick, then the
 * whole system measured against it — a 100,000-application ledger import until the read models reflect it,
 * sustained REST intake, Kafka-to-read-model lag, a full rebuild, and the annual report query — printed as one
 * Markdown table with the targets. Run it as the README says; it is not a test and {@code mvn verify} skips it.
 * <p>
 * Settings (system properties): {@code benchmark.applications} (100000), {@code benchmark.intake-clients} (4),
 * {@code benchmark.intake-seconds} (30), {@code benchmark.lag-rate} (200 commands/s),
 * {@code benchmark.lag-seconds} (30), {@code benchmark.report-queries} (200).
 */
public final class Benchmark {
    private static final PrintStream OUT = System.out;
    private static final int REPORT_YEAR = 2024;
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);
    /** The import the targets are set for; a smaller run reports its figures without a verdict on them. */
    private static final int FULL_SIZE = 100_000;
    /** One command in this many is followed by a read-your-writes query in the lag phase. */
    private static final int PROBE_EVERY = 10;

    private final Figures figures = new Figures();
    private JdbcBaseline.Rates baseline;
    private long postmaster;
    private String rebuildOutput = "";

    private Benchmark() {
    }

    public static void main(String[] args) {
        int exitCode = 0;
        try {
            new Benchmark().run();
        } catch (Exception e) {
            OUT.println("Benchmark failed: " + e);
            e.printStackTrace(OUT);
            exitCode = 1;
        }
        // The embedded broker's threads would keep the JVM alive; the shutdown hooks stop Kafka and PostgreSQL.
        System.exit(exitCode);
    }

    private void run() throws Exception {
        int applications = Integer.getInteger("benchmark.applications", 100_000);
        String loadBefore = Machine.loadAverage();
        step("PostgreSQL (embedded) and the raw JDBC baseline (load average before the run: " + loadBefore + ")");
        String baselineDb = TestDatabase.freshDatabase();
        String postgres = "PostgreSQL " + query(baselineDb, "SHOW server_version") + " (embedded, synchronous_commit=off)";
        try (var connection = java.sql.DriverManager.getConnection(baselineDb, "postgres", "postgres")) {
            postmaster = Machine.CpuTimes.postmaster(connection);
        }
        baseline = JdbcBaseline.measure(baselineDb, Duration.ofSeconds(5));
        figures.add("JDBC baseline: single-row inserts, each committed", rate(baseline.singleRowPerSecond(), "rows/s")
                + Figures.format(" (%.2f ms each)", baseline.singleRowMillis()), "1× (yardstick)");
        figures.add("JDBC baseline: 100-row batches, each committed", rate(baseline.batchedRowsPerSecond(), "rows/s"),
                "1× (yardstick)");
        OUT.printf("  single-row %s, 100-row batches %s%n", rate(baseline.singleRowPerSecond(), "rows/s"),
                rate(baseline.batchedRowsPerSecond(), "rows/s"));

        step("Kafka (embedded), command-service and query-service (-Xmx512m each)");
        try (Machine.MemoryWatch memory = new Machine.MemoryWatch();
             SystemUnderTest system = SystemUnderTest.start()) {
            importLedger(system, applications);
            intake(system);
            lag(system);
            reports(system, applications);
            fullReport(system);
            rebuild(system, applications);
            memory(system, memory);
        }
        figures.print(OUT, Machine.describe(postgres) + "; 1-minute load average " + loadBefore
                + " before the run, " + Machine.loadAverage() + " at its end");
    }

    // ---- 1. ledger import until reflected ------------------------------------------------------------------

    private void importLedger(SystemUnderTest system, int applications) throws Exception {
        step("Import of " + count(applications) + " generated applications (POST /api/import, streamed)");
        LedgerGenerator generator = new LedgerGenerator(applications, 20240101L);
        Machine.CpuTimes cpuBefore = Machine.CpuTimes.now(postmaster);
        long started = System.nanoTime();
        Thread progress = progress(system, started);
        JsonNode result;
        long position;
        long answered;
        try {
            result = system.importLedger(generator.stream());
            answered = System.nanoTime();
            if (result.get("refusedTotal").asLong() > 0) {
                throw new IllegalStateException(result.get("refusedTotal") + " generated lines were refused, e.g. "
                        + result.get("refused").get(0) + ": fix the generator");
            }
            position = result.get("position").asLong();
            OUT.printf("  import answered after %.1f s: %s; waiting for the read models to reach position %d%n",
                    seconds(answered - started), result, position);
            awaitApplied(system, position);
        } finally {
            progress.interrupt();
        }
        double reflected = seconds(System.nanoTime() - started);
        long events = SystemUnderTest.count(system.commandDb(), "SELECT count(*) FROM domain_event_entry");
        double eventsPerSecond = events / reflected;
        figures.add("Import of " + count(applications) + " applications, until the read models reflect it",
                Figures.format("%.1f s (%s events, %s)", reflected, count(events), rate(eventsPerSecond, "events/s")),
                ratios(eventsPerSecond), "< 120 s for " + count(FULL_SIZE), verdict(reflected < 120, applications));
        figures.add("… of which the import request itself (events stored)",
                Figures.format("%.1f s (%s)", seconds(answered - started), rate(events / seconds(answered - started),
                        "events/s")), ratios(events / seconds(answered - started)));
        OUT.printf("  reflected after %.1f s: %d events stored, %d of them the ledger's (the others: alerts fired "
                + "meanwhile for open applications)%n", reflected, events, generator.expectedEvents());
        cpuFigure(cpuBefore, reflected, events, "events");
    }

    /** Prints every 5 s how far each stage is: stored, published to Kafka, applied by the query side. */
    private static Thread progress(SystemUnderTest system, long started) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(5_000);
                    OUT.printf("  %5.0f s: stored up to %d, published %d, applied up to %d%n",
                            seconds(System.nanoTime() - started),
                            SystemUnderTest.count(system.commandDb(),
                                    "SELECT coalesce(max(global_index), 0) FROM domain_event_entry"),
                            SystemUnderTest.count(system.commandDb(),
                                    "SELECT coalesce(max(publish_sequence), 0) FROM published_event"),
                            system.appliedPosition());
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    OUT.println("  (progress unavailable: " + e.getMessage() + ")");
                }
            }
        }, "import-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitApplied(SystemUnderTest system, long position) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        while (system.appliedPosition() < position) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read models did not reach position " + position + " within "
                        + CATCH_UP_TIMEOUT);
            }
            Thread.sleep(50);
        }
    }

    // ---- 2. sustained REST intake ---------------------------------------------------------------------------

    private void intake(SystemUnderTest system) throws Exception {
        int clients = Integer.getInteger("benchmark.intake-clients", 4);
        Duration duration = Duration.ofSeconds(Long.getLong("benchmark.intake-seconds", 30));
        step("Sustained REST intake: " + clients + " clients, each sending the next POST /api/applications as soon "
                + "as the last is answered, for " + duration.toSeconds() + " s (after 5 s of warm-up)");
        runIntake(system, clients, Duration.ofSeconds(5), new Latencies());
        Latencies latencies = new Latencies();
        Machine.CpuTimes cpuBefore = Machine.CpuTimes.now(postmaster);
        long accepted = runIntake(system, clients, duration, latencies);
        double perSecond = accepted / (double) duration.toSeconds();
        figures.add("REST intake, " + clients + " concurrent clients", rate(perSecond, "commands/s"),
                ratios(perSecond));
        figures.add("… intake latency p50 / p99", Figures.format("%.1f / %.1f ms", latencies.millis(50),
                latencies.millis(99)), Figures.format("%.0f× / %.0f× one committed insert",
                latencies.millis(50) / baseline.singleRowMillis(), latencies.millis(99) / baseline.singleRowMillis()));
        cpuFigure(cpuBefore, duration.toSeconds(), accepted, "intakes");
        OUT.printf("  %s, p50 %.1f ms, p99 %.1f ms; waiting for the read models to catch up%n",
                rate(perSecond, "commands/s"), latencies.millis(50), latencies.millis(99));
        awaitApplied(system, lastStored(system));
    }

    /** @return the intakes accepted */
    private static long runIntake(SystemUnderTest system, int clients, Duration duration, Latencies latencies)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong accepted = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        long end = System.nanoTime() + duration.toNanos();
        for (int client = 0; client < clients; client++) {
            SplittableRandom random = new SplittableRandom(client);
            pool.execute(() -> {
                while (System.nanoTime() < end && failure.get() == null) {
                    long sent = System.nanoTime();
                    Http.Response response = system.command("/api/applications", intakeBody(random));
                    if (response.status() == 201) {
                        latencies.record(System.nanoTime() - sent);
                        accepted.incrementAndGet();
                    } else {
                        failure.compareAndSet(null, response.status() + " " + response.body());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        if (failure.get() != null) {
            throw new IllegalStateException("an intake was refused: " + failure.get());
        }
        return accepted.get();
    }

    private static String intakeBody(SplittableRandom random) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return """
                {"agency": "%s", "channel": "INTERNET", "channelDates": {"confirmedOn": "%s"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "张三", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                 "requestedInformation": "2025年本局行政处罚决定书目录", "deliveryForm": "EMAIL"}"""
                .formatted(LedgerGenerator.AGENCIES.get(random.nextInt(LedgerGenerator.AGENCIES.size())), today);
    }

    // ---- 3. Kafka-to-read-model lag -------------------------------------------------------------------------

    /**
     * Commands at a fixed rate (open loop: the schedule does not wait for answers), alternately an intake and the
     * answer to an earlier one. The lag of an event is the time from its recording by the command side
     * ({@code recorded-at}) to its application by the query side ({@code event_log.applied_at}, the start of the
     * applying transaction), for every event of the phase: publishing, Kafka, consuming and applying. Every
     * {@value #PROBE_EVERY}th command is also followed, as a client would, by
     * {@code GET /api/applications/{id}?minPosition=…}, which answers once the read models reflect it.
     */
    private void lag(SystemUnderTest system) throws InterruptedException, IOException {
        int rate = Integer.getInteger("benchmark.lag-rate", 200);
        Duration duration = Duration.ofSeconds(Long.getLong("benchmark.lag-seconds", 30));
        step("Kafka-to-read-model lag at " + rate + " commands/s for " + duration.toSeconds() + " s");
        int total = (int) (rate * duration.toSeconds());
        long interval = 1_000_000_000L / rate;
        long before = lastStored(system);
        Latencies commandLatency = new Latencies();
        Latencies readYourWrites = new Latencies();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        Queue<String> unanswered = new ConcurrentLinkedQueue<>();
        SplittableRandom random = new SplittableRandom(42);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // A thread per command in flight, so the schedule never waits for an answer.
        ExecutorService callers = Executors.newCachedThreadPool();
        Machine.CpuTimes cpuBefore = Machine.CpuTimes.now(postmaster);
        long begin = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < total; i++) {
            long due = begin + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            String answering = i % 2 == 1 ? unanswered.poll() : null;
            String intake = answering == null ? intakeBody(random) : null;
            boolean probe = i % PROBE_EVERY == 0;
            callers.execute(() -> {
                long sent = System.nanoTime();
                Http.Response response = answering == null
                        ? system.command("/api/applications", intake)
                        : system.command("/api/applications/" + answering + "/answer", """
                                {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "%s"}""".formatted(today));
                long answered = System.nanoTime();
                if (!response.ok()) {
                    failures.incrementAndGet();
                    failure.compareAndSet(null, response.status() + " " + response.body());
                    return;
                }
                commandLatency.record(answered - sent);
                JsonNode body = readTree(response.body());
                String applicationId = body.get("applicationId").asText();
                if (answering == null) {
                    unanswered.add(applicationId);
                }
                if (probe) {
                    Http.Response reflected = system.query("/api/applications/" + applicationId + "?minPosition="
                            + body.get("position").asLong());
                    if (reflected.status() == 200) {
                        readYourWrites.record(System.nanoTime() - answered);
                    } else {
                        failures.incrementAndGet();
                        failure.compareAndSet(null, reflected.status() + " " + reflected.body());
                    }
                }
            });
        }
        double sentFor = seconds(System.nanoTime() - begin);
        callers.shutdown();
        callers.awaitTermination(5, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " commands or queries failed, e.g. " + failure.get());
        }
        awaitApplied(system, lastStored(system));
        Machine.CpuTimes cpuAfter = Machine.CpuTimes.now(postmaster);
        double lagPhase = seconds(System.nanoTime() - begin);
        Latencies lag = new Latencies();
        SystemUnderTest.forEachRow(system.queryDb(), """
                SELECT (extract(epoch FROM applied_at - recorded_at) * 1e9)::bigint FROM event_log
                WHERE position > %d""".formatted(before), nanos -> lag.record(Math.max(0, nanos)));
        double achieved = total / sentFor;
        figures.add(Figures.format("Lag from event recorded to applied (%,d events) at %.0f commands/s, p50 / p99",
                        lag.count(), achieved),
                Figures.format("%.1f / %.1f ms", lag.millis(50), lag.millis(99)),
                Figures.format("%.0f× / %.0f× one committed insert", lag.millis(50) / baseline.singleRowMillis(),
                        lag.millis(99) / baseline.singleRowMillis()),
                "p99 < 1 s at 200/s", verdict(lag.millis(99) < 1_000 && achieved >= 0.95 * 200));
        cpuFigure(cpuBefore, cpuAfter, lagPhase, total, "commands");
        figures.add(Figures.format("… read-your-writes: command answered to query answered (every %dth), p50 / p99",
                        PROBE_EVERY),
                Figures.format("%.1f / %.1f ms", readYourWrites.millis(50), readYourWrites.millis(99)),
                Figures.format("%.0f× / %.0f× one committed insert",
                        readYourWrites.millis(50) / baseline.singleRowMillis(),
                        readYourWrites.millis(99) / baseline.singleRowMillis()));
        figures.add("… command latency at that rate, p50 / p99", Figures.format("%.1f / %.1f ms",
                commandLatency.millis(50), commandLatency.millis(99)), Figures.format("%.0f× / %.0f× one committed insert",
                commandLatency.millis(50) / baseline.singleRowMillis(),
                commandLatency.millis(99) / baseline.singleRowMillis()));
        OUT.printf("  %d commands at %.0f/s: lag p50 %.1f ms, p99 %.1f ms, max %.1f ms; read-your-writes p50 %.1f ms, "
                        + "p99 %.1f ms; command p50 %.1f ms, p99 %.1f ms%n", total, achieved, lag.millis(50),
                lag.millis(99), lag.millis(100), readYourWrites.millis(50), readYourWrites.millis(99),
                commandLatency.millis(50), commandLatency.millis(99));
    }

    private void cpuFigure(Machine.CpuTimes before, double wallSeconds, long units, String unit) {
        cpuFigure(before, Machine.CpuTimes.now(postmaster), wallSeconds, units, unit);
    }

    /**
     * The processor time the phase took, per part of the system, per 1,000 events or commands, and how much of the
     * machine's cores the system used meanwhile: on a machine shared with other work, the rest went elsewhere.
     */
    private void cpuFigure(Machine.CpuTimes before, Machine.CpuTimes after, double wallSeconds, long units,
                           String unit) {
        Map<String, Double> used = after.since(before);
        double total = used.values().stream().mapToDouble(Double::doubleValue).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder parts = new StringBuilder();
        used.forEach((part, seconds) -> parts.append(parts.isEmpty() ? "" : ", ").append(part).append(' ')
                .append(Figures.format("%.2f", seconds * 1000 / units)));
        String value = Figures.format("%.2f s per 1,000 %s (%s); the system used %.0f%% of the %d cores",
                total * 1000 / units, unit, parts, 100 * total / (wallSeconds * cores), cores);
        figures.add("… processor time", value, "");
        OUT.println("  processor time: " + value);
    }

    private static long lastStored(SystemUnderTest system) {
        return SystemUnderTest.count(system.commandDb(), "SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    // ---- 4. the annual report -------------------------------------------------------------------------------

    private void reports(SystemUnderTest system, int applications) throws IOException {
        int queries = Integer.getInteger("benchmark.report-queries", 200);
        step("GET /api/reports/" + REPORT_YEAR + ": " + queries + " queries one after another (after 20 warm-up)");
        String all = "/api/reports/" + REPORT_YEAR;
        String oneAgency = all + "?agency=" + URLEncoder.encode(LedgerGenerator.AGENCIES.get(0), StandardCharsets.UTF_8);
        Latencies whole = timeQueries(system, all, queries);
        Latencies agency = timeQueries(system, oneAgency, queries);
        JsonNode report = readTree(system.query(all).body());
        long newApplications = report.at("/table3/rows/new/6").asLong();
        long checksPassed = 0;
        for (JsonNode check : report.get("checks")) {
            checksPassed += check.get("passed").asBoolean() ? 1 : 0;
        }
        figures.add("GET /api/reports/" + REPORT_YEAR + " (全市汇总, " + count(newApplications)
                        + " new applications), p50 / p99",
                Figures.format("%.1f / %.1f ms", whole.millis(50), whole.millis(99)),
                Figures.format("%.0f× / %.0f× one committed insert", whole.millis(50) / baseline.singleRowMillis(),
                        whole.millis(99) / baseline.singleRowMillis()), "p99 < 50 ms",
                verdict(whole.millis(99) < 50));
        figures.add("… one agency (?agency=), p50 / p99", Figures.format("%.1f / %.1f ms", agency.millis(50),
                agency.millis(99)), Figures.format("%.0f× / %.0f× one committed insert",
                agency.millis(50) / baseline.singleRowMillis(), agency.millis(99) / baseline.singleRowMillis()));
        OUT.printf("  all agencies p50 %.1f ms p99 %.1f ms; one agency p50 %.1f ms p99 %.1f ms; table 三 counts %d "
                        + "new applications (generated: %d), %d of %d checks passed%n", whole.millis(50),
                whole.millis(99), agency.millis(50), agency.millis(99), newApplications, applications, checksPassed,
                report.get("checks").size());
    }

    /**
     * The whole 年度报告 (six parts, table 二 and the prose: {@code /full}), as its web page asks for it: the report,
     * then its HTML tables at the report's position. Its facts are folded from the log: the first time from the
     * start of the log (the yardstick), then kept and folded on from where they stood.
     */
    private void fullReport(SystemUnderTest system) throws Exception {
        int rounds = Integer.getInteger("benchmark.full-report-rounds", 10);
        String full = "/api/reports/" + REPORT_YEAR + "/full";
        step("GET " + full + " (the whole 年度报告, 全市汇总) and its HTML export at the report's position, as the "
                + "web page asks: the first after the import, then " + rounds + " times with nothing new and "
                + rounds + " times after 10 new intakes each");
        long started = System.nanoTime();
        long position = timedFull(system, full);
        double cold = (System.nanoTime() - started) / 1e6;
        Latencies unchanged = new Latencies();
        Latencies movedOn = new Latencies();
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < rounds; round++) {
            long sent = System.nanoTime();
            position = timedFull(system, full);
            unchanged.record(System.nanoTime() - sent);
            for (int i = 0; i < 10; i++) {
                Http.Response response = system.command("/api/applications", intakeBody(random));
                if (response.status() != 201 && response.status() != 200) {
                    throw new IllegalStateException("intake answered " + response.status() + ": " + response.body());
                }
            }
            awaitApplied(system, lastStored(system));
            sent = System.nanoTime();
            long before = position;
            position = timedFull(system, full);
            movedOn.record(System.nanoTime() - sent);
            if (position <= before) {
                throw new IllegalStateException("the report did not move on: position " + position);
            }
        }
        figures.add("GET /api/reports/" + REPORT_YEAR + "/full + its HTML export (the 年度报告 page), the first after "
                + "the import", Figures.format("%.0f ms", cold), "1× (yardstick: a fold from the start of the log)");
        figures.add("… again, nothing new since, p50 / max", Figures.format("%.1f / %.1f ms", unchanged.millis(50),
                unchanged.millis(100)), Figures.format("%.3f× the first", unchanged.millis(50) / cold));
        figures.add("… after 10 new intakes each time, p50 / max", Figures.format("%.1f / %.1f ms",
                movedOn.millis(50), movedOn.millis(100)), Figures.format("%.3f× the first", movedOn.millis(50) / cold));
        OUT.printf("  first %.0f ms; nothing new: p50 %.1f ms, max %.1f ms; after 10 intakes: p50 %.1f ms, max %.1f ms%n",
                cold, unchanged.millis(50), unchanged.millis(100), movedOn.millis(50), movedOn.millis(100));
    }

    /** The report and its HTML export at the report's own position; returns that position. */
    private static long timedFull(SystemUnderTest system, String full) throws IOException {
        Http.Response report = system.query(full);
        if (report.status() != 200) {
            throw new IllegalStateException(full + " answered " + report.status());
        }
        long position = readTree(report.body()).at("/basis/position").asLong();
        Http.Response html = system.query(full + "/export/html?position=" + position);
        if (html.status() != 200) {
            throw new IllegalStateException(full + "/export/html answered " + html.status());
        }
        return position;
    }

    private static Latencies timeQueries(SystemUnderTest system, String pathAndQuery, int queries) {
        Latencies latencies = new Latencies();
        for (int i = -20; i < queries; i++) {
            long sent = System.nanoTime();
            Http.Response response = system.query(pathAndQuery);
            if (response.status() != 200) {
                throw new IllegalStateException(pathAndQuery + " answered " + response.status());
            }
            if (i >= 0) {
                latencies.record(System.nanoTime() - sent);
            }
        }
        return latencies;
    }

    // ---- 5. full rebuild ------------------------------------------------------------------------------------

    private void rebuild(SystemUnderTest system, int applications) {
        step("Full rebuild: query-service --disclosure.rebuild=true into a fresh database");
        String rebuiltDb = TestDatabase.freshDatabase();
        long started = System.nanoTime();
        String output = system.rebuildIntoFreshDatabase(rebuiltDb);
        rebuildOutput = output;
        double wall = seconds(System.nanoTime() - started);
        Matcher done = Pattern.compile("done: (\\d+) events in ([\\d.]+) s \\((\\d+) events/s\\)").matcher(output);
        if (!done.find()) {
            throw new IllegalStateException("the rebuild did not report its figures:\n" + output);
        }
        long events = Long.parseLong(done.group(1));
        double seconds = Double.parseDouble(done.group(2));
        double perSecond = Double.parseDouble(done.group(3));
        long rebuiltRows = SystemUnderTest.count(rebuiltDb, "SELECT count(*) FROM application_view");
        long liveRows = SystemUnderTest.count(system.queryDb(), "SELECT count(*) FROM application_view");
        if (rebuiltRows != liveRows) {
            throw new IllegalStateException("the rebuild has " + rebuiltRows + " applications, the live read model "
                    + liveRows);
        }
        figures.add("Full rebuild of the read models (" + count(events) + " events)",
                Figures.format("%.1f s (%s; %.1f s with JVM start)", seconds, rate(perSecond, "events/s"), wall),
                ratios(perSecond), "< 60 s after " + count(FULL_SIZE), verdict(seconds < 60, applications));
        OUT.printf("  %s", done.group(0));
        OUT.printf(" (%.1f s with JVM start); %d applications, as in the live read model%n", wall, rebuiltRows);
    }

    // ---- memory ---------------------------------------------------------------------------------------------

    private void memory(SystemUnderTest system, Machine.MemoryWatch memory) {
        memoryFigure("command-service", system.commands().output(), memory);
        memoryFigure("query-service", system.queries().output(), memory);
        memoryFigure("query-service (rebuild)", rebuildOutput, memory);
    }

    private void memoryFigure(String service, String log, Machine.MemoryWatch memory) {
        boolean outOfMemory = log.contains("OutOfMemoryError");
        String peak = memory.peakMb(service::equals).stream().mapToObj(mb -> "peak resident " + mb + " MB")
                .findFirst().orElse("peak resident not measured");
        figures.add(service + " memory", "-Xmx512m; " + peak + (outOfMemory ? "; OutOfMemoryError" : "; no OutOfMemoryError"),
                "", "within -Xmx512m", verdict(!outOfMemory));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String verdict(boolean met) {
        return met ? "met" : "**NOT met**";
    }

    private static String verdict(boolean met, int applications) {
        return applications < FULL_SIZE ? "n/a (smaller run)" : verdict(met);
    }

    private String ratios(double perSecond) {
        return Figures.format("%.2f× single-row, %.3f× batched", perSecond / baseline.singleRowPerSecond(),
                perSecond / baseline.batchedRowsPerSecond());
    }

    private static void step(String title) {
        OUT.println("== " + title);
    }

    private static String rate(double perSecond, String unit) {
        return Figures.format("%,.0f %s", perSecond, unit);
    }

    private static String count(long value) {
        return Figures.format("%,d", value);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static JsonNode readTree(String json) {
        try {
            return SystemUnderTest.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static String query(String jdbcUrl, String sql) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
