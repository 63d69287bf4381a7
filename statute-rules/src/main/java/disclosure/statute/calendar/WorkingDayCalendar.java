package disclosure.statute.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 工作日历: which dates are 工作日 (STATUTE.md §1 "Working day"). A date is a working day if it is
 * Monday–Friday and not an official holiday, or a weekend day designated a make-up working day (调休上班).
 * Only years for which the State Council notice is loaded are known; asking about any other year throws
 * {@link CalendarYearUnknownException}, never a weekend-only guess.
 *
 * <p>Immutable and thread-safe. Each known year is precomputed into a running count of its working days, so
 * {@link #workingDaysBetween} costs a few array reads per calendar year spanned and {@link #addWorkingDays} a
 * binary search per year.
 */
public final class WorkingDayCalendar {

    private static final String BUNDLED_RESOURCE = "/disclosure/statute/cn-workdays.json";
    private static final String HOLIDAYS = "holidays";
    private static final String WORKDAYS = "workdays";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<Integer, YearTable> years;

    private WorkingDayCalendar(Map<Integer, YearTable> years) {
        this.years = Map.copyOf(years);
    }

    /** The calendar shipped with the product (2019–2026, from {@code cn-workdays.json}). */
    public static WorkingDayCalendar bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled calendar extended (or overridden, year by year) by files in the same JSON format:
     * {@code {"2027": {"holidays": [...], "workdays": [...]}}}. A year in a later file replaces the same
     * year of an earlier source as a whole.
     *
     * @throws IllegalArgumentException if a file is not valid calendar data
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static WorkingDayCalendar bundledWith(List<Path> extraFiles) {
        Map<Integer, YearTable> years = new TreeMap<>(bundled().years);
        for (Path file : extraFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                years.putAll(parse(in, file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取工作日历文件 / cannot read working-day calendar file " + file, e);
            }
        }
        return new WorkingDayCalendar(years);
    }

    /**
     * A calendar read from JSON sources in the format above; later sources override earlier ones per year.
     * Each stream is read to its end and closed.
     *
     * @throws IllegalArgumentException if a source is not valid calendar data
     */
    public static WorkingDayCalendar fromJson(List<InputStream> sources) {
        Map<Integer, YearTable> years = new TreeMap<>();
        for (int i = 0; i < sources.size(); i++) {
            years.putAll(parse(sources.get(i), "source #" + (i + 1)));
        }
        return new WorkingDayCalendar(years);
    }

    public SortedSet<Integer> knownYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public boolean knows(int year) {
        return years.containsKey(year);
    }

    /** @throws CalendarYearUnknownException if the date's year has no calendar data */
    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).isWorkingDay(date.getDayOfYear());
    }

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself is not counted: day 1 is the next
     * working day). {@code n} ≥ 1.
     *
     * @throws CalendarYearUnknownException when counting reaches a year with no calendar data
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        int remaining = n;
        int year = start.getYear();
        int countFromDay = start.getDayOfYear();
        if (countFromDay == Year.of(year).length()) {
            // Counting starts the next day, so a start on 12-31 needs nothing of its own year.
            year++;
            countFromDay = 0;
        }
        while (true) {
            YearTable table = table(year);
            int countBefore = table.countThrough(countFromDay);
            int leftInYear = table.workingDaysInYear() - countBefore;
            if (remaining <= leftInYear) {
                return LocalDate.ofYearDay(year, table.dayOfYearReaching(countBefore + remaining));
            }
            remaining -= leftInYear;
            year++;
            countFromDay = 0;
        }
    }

    /**
     * Working days in the half-open interval ({@code from}, {@code to}]; 0 when {@code to} ≤ {@code from}.
     *
     * @throws CalendarYearUnknownException when the interval reaches a year with no calendar data
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = from.plusDays(1);
        int count = 0;
        for (int year = first.getYear(); year <= to.getYear(); year++) {
            YearTable table = table(year);
            int lastDay = year == to.getYear() ? to.getDayOfYear() : table.length();
            int dayBefore = year == first.getYear() ? first.getDayOfYear() - 1 : 0;
            count += table.countThrough(lastDay) - table.countThrough(dayBefore);
        }
        return count;
    }

    private YearTable table(int year) {
        YearTable table = years.get(year);
        if (table == null) {
            throw new CalendarYearUnknownException(year);
        }
        return table;
    }

    private static Map<Integer, YearTable> parse(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(sourceName, "不是有效的JSON", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取工作日历 / cannot read working-day calendar " + sourceName, e);
        }
        if (root == null || !root.isObject()) {
            throw malformed(sourceName, "顶层应为以年份为键的对象", "the top level must be an object keyed by year", null);
        }
        Map<Integer, YearTable> years = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            int year = parseYearKey(entry.getKey(), sourceName);
            years.put(year, parseYearEntry(year, entry.getValue(), sourceName));
        }
        return years;
    }

    private static int parseYearKey(String key, String sourceName) {
        if (!key.matches("\\d{4}")) {
            throw malformed(sourceName, "年份键“" + key + "”应为四位数字", "year key '" + key + "' must be four digits", null);
        }
        return Integer.parseInt(key);
    }

    private static YearTable parseYearEntry(int year, JsonNode node, String sourceName) {
        if (!node.isObject()) {
            throw malformed(sourceName, year + "年的数据应为对象", "the value of " + year + " must be an object", null);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(HOLIDAYS) && !name.equals(WORKDAYS)) {
                throw malformed(sourceName, year + "年含未知字段“" + name + "”",
                        year + " has unknown field '" + name + "' (expected holidays, workdays)", null);
            }
        }
        Set<LocalDate> holidays = parseDates(year, node, HOLIDAYS, sourceName);
        Set<LocalDate> workdays = parseDates(year, node, WORKDAYS, sourceName);
        for (LocalDate day : workdays) {
            if (holidays.contains(day)) {
                throw malformed(sourceName, day + "同时列为放假日和调休上班日",
                        day + " is listed both as a holiday and as a make-up working day", null);
            }
        }
        return YearTable.of(year, holidays, workdays);
    }

    private static Set<LocalDate> parseDates(int year, JsonNode yearNode, String field, String sourceName) {
        JsonNode list = yearNode.get(field);
        if (list == null || !list.isArray()) {
            throw malformed(sourceName, year + "年缺少“" + field + "”日期数组",
                    year + " needs a '" + field + "' array of dates", null);
        }
        Set<LocalDate> dates = new HashSet<>();
        for (JsonNode item : list) {
            LocalDate date = parseDate(item, year, field, sourceName);
            if (date.getYear() != year) {
                throw malformed(sourceName, date + "列在" + year + "年之下",
                        date + " is listed under year " + year, null);
            }
            dates.add(date);
        }
        return dates;
    }

    private static LocalDate parseDate(JsonNode item, int year, String field, String sourceName) {
        DateTimeParseException cause = null;
        if (item.isTextual()) {
            try {
                return LocalDate.parse(item.asText());
            } catch (DateTimeParseException e) {
                cause = e;
            }
        }
        throw malformed(sourceName, year + "年“" + field + "”中的" + item + "不是yyyy-MM-dd格式的有效日期",
                item + " in " + year + "/" + field + " is not a valid yyyy-MM-dd date", cause);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static IllegalArgumentException malformed(String sourceName, String zh, String en, Exception cause) {
        return new IllegalArgumentException(
                "工作日历数据有误（" + sourceName + "）：" + zh + " / malformed working-day calendar (" + sourceName
                        + "): " + en, cause);
    }

    /** One year, as a running count: {@code countThrough[d]} = working days among days 1..d of the year. */
    private static final class YearTable {
        private final int[] countThrough;

        private YearTable(int[] countThrough) {
            this.countThrough = countThrough;
        }

        static YearTable of(int year, Set<LocalDate> holidays, Set<LocalDate> workdays) {
            int length = Year.of(year).length();
            int[] counts = new int[length + 1];
            for (int dayOfYear = 1; dayOfYear <= length; dayOfYear++) {
                LocalDate day = LocalDate.ofYearDay(year, dayOfYear);
                boolean working = workdays.contains(day) || (!isWeekend(day) && !holidays.contains(day));
                counts[dayOfYear] = counts[dayOfYear - 1] + (working ? 1 : 0);
            }
            return new YearTable(counts);
        }

        int length() {
            return countThrough.length - 1;
        }

        int workingDaysInYear() {
            return countThrough[length()];
        }

        int countThrough(int dayOfYear) {
            return countThrough[dayOfYear];
        }

        boolean isWorkingDay(int dayOfYear) {
            return countThrough[dayOfYear] > countThrough[dayOfYear - 1];
        }

        /** The day of the year on which the running count reaches {@code count}, 1 ≤ count ≤ the year's total. */
        int dayOfYearReaching(int count) {
            int index = Arrays.binarySearch(countThrough, count);
            // The count stays flat over the days off that follow; the working day is the first of that run.
            while (countThrough[index - 1] == count) {
                index--;
            }
            return index;
        }
    }

    /** Loaded on first use, once. */
    private static final class Bundled {
        static final WorkingDayCalendar INSTANCE = load();

        private static WorkingDayCalendar load() {
            InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("bundled calendar " + BUNDLED_RESOURCE + " missing from the classpath");
            }
            return fromJson(List.of(in));
        }
    }
}
