package disclosure.statute.clock;

import disclosure.statute.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The union of the pauses that stop the clock, as disjoint spans (start, end] in date order. */
final class Exclusions {

    /** Excludes the days after {@code start} up to and including {@code end}; an open span has no end. */
    record Span(LocalDate start, LocalDate end) {
        boolean isOpen() {
            return end == null;
        }

        boolean covers(LocalDate day) {
            return day.isAfter(start) && (isOpen() || !day.isAfter(end));
        }
    }

    private final List<Span> spans;

    private Exclusions(List<Span> spans) {
        this.spans = spans;
    }

    static Exclusions of(List<ClockHistory.Pause> pauses) {
        List<ClockHistory.Pause> byStart = pauses.stream()
                .sorted(Comparator.comparing(ClockHistory.Pause::start))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (ClockHistory.Pause pause : byStart) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.isOpen() || !pause.start().isAfter(last.end()))) {
                merged.set(merged.size() - 1, new Span(last.start(), later(last.end(), pause.end())));
            } else {
                merged.add(new Span(pause.start(), pause.end()));
            }
        }
        return new Exclusions(List.copyOf(merged));
    }

    /** The span excluding {@code day}, or null if the day is not excluded. */
    Span covering(LocalDate day) {
        for (Span span : spans) {
            if (span.covers(day)) {
                return span;
            }
        }
        return null;
    }

    /** Working days in ({@code from}, {@code to}] that some pause excludes. */
    int excludedWorkingDays(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        int excluded = 0;
        for (Span span : spans) {
            LocalDate lower = span.start().isAfter(from) ? span.start() : from;
            LocalDate upper = span.isOpen() || span.end().isAfter(to) ? to : span.end();
            excluded += calendar.workingDaysBetween(lower, upper);
        }
        return excluded;
    }

    /** The later of two span ends, where null (open) is later than any date. */
    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}
