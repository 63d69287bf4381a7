package disclosure.faults.support;

import com.fasterxml.jackson.databind.JsonNode;
import disclosure.testsupport.ServiceProcess;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The check after every scenario: once the system has settled (every stored event published and applied), the
 * read models are rebuilt from the event store into a fresh database ({@code query-service --disclosure.rebuild=true},
 * the operator's command) and compared with the live ones — every read-model table row by row, and the annual
 * tables and application list as the query API serves them.
 */
public final class RebuildCheck {
    /** Bookkeeping of the live consumer, not read models: where it is, and what it set aside. */
    /**
     * Not folded from the events: bookkeeping, what the office itself made of the report (sealed year-close
     * snapshots and drafts, edited prose) and the record of who saw personal data, which a rebuild keeps rather
     * than rebuilds (it truncates only the read models).
     */
    private static final Set<String> NOT_READ_MODELS = Set.of("flyway_schema_history", "read_position",
            "rejected_record", "report_snapshot", "report_year_close", "report_text", "personal_data_view");
    /** When a row was written here, not what it says. */
    private static final Set<String> LOCAL_COLUMNS = Set.of("applied_at", "updated_at");
    private static final AtomicInteger REBUILDS = new AtomicInteger();

    private RebuildCheck() {
    }

    /** @param differences what differs, empty when the live read models equal the rebuild */
    public record Result(long events, List<String> differences) {
        public boolean equal() {
            return differences.isEmpty();
        }
    }

    /** Waits until the query side has applied every event the command side stored, and the log stands still. */
    public static long awaitSettled(FaultSystem system) {
        long[] last = {-1};
        await("every stored event published and applied").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    long stored = storedEvents(system);
                    long applied;
                    try (Connection view = system.queryDatabase()) {
                        applied = Sql.count(view, "SELECT count(*) FROM event_log");
                    }
                    boolean settled = stored == applied && stored == last[0];
                    last[0] = stored;
                    return settled;
                });
        return last[0];
    }

    private static long storedEvents(FaultSystem system) throws SQLException {
        try (Connection store = system.commandDatabase()) {
            return Sql.count(store, "SELECT count(*) FROM domain_event_entry");
        }
    }

    /** Every read-model table row by row, and the annual tables and the list through the API. */
    public static Result compare(FaultSystem system) {
        return compare(system, true);
    }

    /**
     * Every read-model table row by row (the list's rows and the log the annual tables are counted from); without
     * the API comparison, which starts a query-service on the rebuild (CI time).
     */
    public static Result compareTables(FaultSystem system) {
        return compare(system, false);
    }

    private static Result compare(FaultSystem system, boolean throughApi) {
        long events = awaitSettled(system);
        int n = REBUILDS.incrementAndGet();
        String rebuilt = system.freshDatabase("rebuilt_" + n);
        String output = ServiceProcess.run("query-service-rebuild-" + n, "query-service",
                system.queryEnvironment(rebuilt, "rebuild-" + n), Duration.ofMinutes(5), "--disclosure.rebuild=true");
        List<String> differences = new ArrayList<>();
        if (!output.contains("events/s")) {
            differences.add("the rebuild did not report its end:\n" + output);
        }
        try (Connection live = system.queryDatabase(); Connection again = FaultSystem.connect(rebuilt)) {
            for (String table : Sql.strings(live, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1""")) {
                if (!NOT_READ_MODELS.contains(table)) {
                    compareTable(table, live, again, differences);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (throughApi) {
            compareApi(system, rebuilt, n, differences);
        }
        return new Result(events, differences);
    }

    private static void compareTable(String table, Connection live, Connection rebuilt, List<String> differences) {
        List<String> columns = Sql.strings(live, """
                SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?
                ORDER BY ordinal_position""", table).stream().filter(c -> !LOCAL_COLUMNS.contains(c)).toList();
        String select = "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY "
                + java.util.stream.IntStream.rangeClosed(1, columns.size()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        List<List<Object>> liveRows = Sql.rows(live, select);
        List<List<Object>> rebuiltRows = Sql.rows(rebuilt, select);
        if (!liveRows.equals(rebuiltRows)) {
            List<List<Object>> onlyLive = new ArrayList<>(liveRows);
            onlyLive.removeAll(rebuiltRows);
            List<List<Object>> onlyRebuilt = new ArrayList<>(rebuiltRows);
            onlyRebuilt.removeAll(liveRows);
            differences.add(table + ": " + liveRows.size() + " live rows, " + rebuiltRows.size() + " rebuilt; only live "
                    + head(onlyLive) + ", only rebuilt " + head(onlyRebuilt));
        }
    }

    private static String head(List<List<Object>> rows) {
        return rows.size() + " " + rows.subList(0, Math.min(3, rows.size()));
    }

    /** The annual tables of this year and last, and the newest applications, as the API serves them. */
    private static void compareApi(FaultSystem system, String rebuiltDb, int n, List<String> differences) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Client reader = Client.staff("fault-suite");
        try (ServiceProcess rebuilt = ServiceProcess.start("query-service-rebuilt-" + n, "query-service",
                ServiceProcess.freePort(), system.queryEnvironment(rebuiltDb, "rebuilt-" + n))) {
            for (String path : List.of("/api/reports/" + year, "/api/reports/" + (year - 1),
                    "/api/applications?size=500")) {
                Api.Answer live = Api.get(system.queryUrl(path), reader);
                Api.Answer again = Api.get(rebuilt.url(path), reader);
                if (live.status() != 200 || again.status() != 200) {
                    differences.add(path + ": live " + live.status() + " " + abbreviate(live.body()) + " — rebuilt "
                            + again.status() + " " + abbreviate(again.body()));
                } else if (!live.json().equals(again.json())) {
                    differences.add(path + ": " + firstDifference(live.json(), again.json(), ""));
                }
            }
        }
    }

    /** Where two JSON documents first differ, and how. */
    private static String firstDifference(JsonNode live, JsonNode rebuilt, String at) {
        if (live.isContainerNode() && rebuilt.isContainerNode() && live.size() == rebuilt.size()) {
            if (live.isArray()) {
                for (int i = 0; i < live.size(); i++) {
                    if (!live.get(i).equals(rebuilt.get(i))) {
                        return firstDifference(live.get(i), rebuilt.get(i), at + "[" + i + "]");
                    }
                }
            } else {
                for (java.util.Iterator<String> names = live.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!live.get(name).equals(rebuilt.get(name))) {
                        return rebuilt.has(name) ? firstDifference(live.get(name), rebuilt.get(name), at + "/" + name)
                                : at + "/" + name + " missing in the rebuild";
                    }
                }
            }
        }
        return at + ": live " + abbreviate(live.toString()) + " — rebuilt " + abbreviate(rebuilt.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
