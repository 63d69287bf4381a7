package disclosure.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's summary table: per scenario the commands sent, acknowledged (a success answer) and found in the log,
 * and whether the live read models equal a fresh rebuild from the event log. Written to
 * {@code fault-tests/target/fault-summary.md} as each scenario ends and printed when the run ends.
 */
public final class Summary {
    private static final List<Row> ROWS = new ArrayList<>();

    private Summary() {
    }

    public record Row(String scenario, long sent, long acknowledged, long inLog, boolean equalToRebuild) {}

    public static synchronized void add(Row row) {
        ROWS.add(row);
        try {
            Path file = Path.of(System.getProperty("faults.summary", "target/fault-summary.md"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, table(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized boolean isEmpty() {
        return ROWS.isEmpty();
    }

    public static synchronized String table() {
        StringBuilder table = new StringBuilder("| scenario | commands sent | acknowledged | in the log | tables equal to rebuild |\n"
                + "|---|---:|---:|---:|---|\n");
        for (Row row : ROWS) {
            table.append("| ").append(row.scenario()).append(" | ").append(row.sent()).append(" | ")
                    .append(row.acknowledged()).append(" | ").append(row.inLog()).append(" | ")
                    .append(row.equalToRebuild() ? "yes" : "**no**").append(" |\n");
        }
        return table.toString();
    }
}
