package disclosure.benchmark;

import java.util.Arrays;

/** Durations recorded by many threads, summarised as percentiles (nearest rank) in milliseconds. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    synchronized int count() {
        return count;
    }

    /** @param percentile 0–100, e.g. 50 or 99 */
    synchronized double millis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
