package disclosure.statute.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class BundledData {

        @Test
        void knowsExactlyTheYears2019To2026() {
            assertThat(calendar.knownYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
            assertThat(calendar.knows(2018)).isFalse();
            assertThat(calendar.knows(2027)).isFalse();
        }

        @Test
        void knownYearsCannotBeModified() {
            assertThatThrownBy(() -> calendar.knownYears().add(2030))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void ordinaryWeekdayIsAWorkingDay() {
            assertThat(calendar.isWorkingDay(d("2023-09-27"))).isTrue(); // Wednesday
        }

        @Test
        void ordinaryWeekendIsNotAWorkingDay() {
            assertThat(calendar.isWorkingDay(d("2023-09-16"))).isFalse(); // Saturday
            assertThat(calendar.isWorkingDay(d("2023-09-17"))).isFalse(); // Sunday
        }

        @Test
        void holidayOnAWeekdayIsNotAWorkingDay() {
            assertThat(calendar.isWorkingDay(d("2023-10-02"))).isFalse(); // Monday, 国庆节
            assertThat(calendar.isWorkingDay(d("2024-01-01"))).isFalse(); // Monday, 元旦
        }

        @Test
        void makeUpWeekendDayIsAWorkingDay() {
            assertThat(calendar.isWorkingDay(d("2020-01-19"))).isTrue(); // Sunday, 调休上班
            assertThat(calendar.isWorkingDay(d("2023-10-07"))).isTrue(); // Saturday, 调休上班
        }

        @Test
        void dateInAnUnknownYearThrowsNamingTheYear() {
            assertThatThrownBy(() -> calendar.isWorkingDay(d("2027-01-04")))
                    .isInstanceOf(CalendarYearUnknownException.class)
                    .satisfies(e -> assertThat(((CalendarYearUnknownException) e).year()).isEqualTo(2027))
                    .hasMessageContaining("2027");
            assertThatThrownBy(() -> calendar.isWorkingDay(d("2018-12-31")))
                    .isInstanceOf(CalendarYearUnknownException.class);
        }

        @Test
        void isTheSameInstanceEachTime() {
            assertThat(WorkingDayCalendar.bundled()).isSameAs(calendar);
        }
    }

    @Nested
    class AddWorkingDays {

        @Test
        void startDayIsNotCounted() {
            // 2023-09-27 is a Wednesday and a working day; day 1 is Thursday 09-28.
            assertThat(calendar.addWorkingDays(d("2023-09-27"), 1)).isEqualTo(d("2023-09-28"));
        }

        @Test
        void skipsTheNationalDayHolidayAndCountsMakeUpWeekend() {
            // 09-28 is day 1; 09-29..10-06 are off; Sat 10-07 and Sun 10-08 are make-up working days 2 and 3.
            assertThat(calendar.addWorkingDays(d("2023-09-27"), 2)).isEqualTo(d("2023-10-07"));
            assertThat(calendar.addWorkingDays(d("2023-09-27"), 3)).isEqualTo(d("2023-10-08"));
            assertThat(calendar.addWorkingDays(d("2023-09-27"), 4)).isEqualTo(d("2023-10-09"));
        }

        @Test
        void countsAcrossTheYearEnd() {
            // STATUTE.md §1: received 2023-12-20 → 2024-01-18.
            assertThat(calendar.addWorkingDays(d("2023-12-20"), 20)).isEqualTo(d("2024-01-18"));
        }

        @Test
        void startingOnTheLastDayOfAnUnknownYearNeedsOnlyTheNextYear() {
            // Counting starts 2019-01-01, a holiday; day 1 is Wednesday 2019-01-02. 2018 is never consulted.
            assertThat(calendar.addWorkingDays(d("2018-12-31"), 1)).isEqualTo(d("2019-01-02"));
        }

        @Test
        void startingInsideAnUnknownYearThrows() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2018-12-28"), 1))
                    .isInstanceOf(CalendarYearUnknownException.class)
                    .satisfies(e -> assertThat(((CalendarYearUnknownException) e).year()).isEqualTo(2018));
        }

        @Test
        void reachingAnUnknownYearThrowsNamingThatYear() {
            // 2026-12-21..12-31 has only 9 working days (21–25, 28–31).
            assertThat(calendar.addWorkingDays(d("2026-12-20"), 9)).isEqualTo(d("2026-12-31"));
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-12-20"), 10))
                    .isInstanceOf(CalendarYearUnknownException.class)
                    .satisfies(e -> assertThat(((CalendarYearUnknownException) e).year()).isEqualTo(2027));
        }

        @Test
        void rejectsZeroOrNegativeCounts() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2023-09-27"), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void agreesWithDayByDayCountingForEveryStartInTheBundledYears() {
            for (LocalDate start = d("2019-01-01"); start.isBefore(d("2026-10-01")); start = start.plusDays(1)) {
                LocalDate day = start;
                for (int n = 1; n <= 45; n++) {
                    do {
                        day = day.plusDays(1);
                    } while (!calendar.isWorkingDay(day));
                    assertThat(calendar.addWorkingDays(start, n)).as("%s + %d", start, n).isEqualTo(day);
                }
            }
        }
    }

    @Nested
    class WorkingDaysBetween {

        @Test
        void countsTheHalfOpenInterval() {
            // (09-27, 10-31]: the worked example's 20 working days.
            assertThat(calendar.workingDaysBetween(d("2023-09-27"), d("2023-10-31"))).isEqualTo(20);
            // (09-28, 10-07]: only Saturday 10-07; 09-28 itself is excluded.
            assertThat(calendar.workingDaysBetween(d("2023-09-28"), d("2023-10-07"))).isEqualTo(1);
        }

        @Test
        void isZeroForAnEmptyOrReversedInterval() {
            assertThat(calendar.workingDaysBetween(d("2023-10-31"), d("2023-10-31"))).isZero();
            assertThat(calendar.workingDaysBetween(d("2023-10-31"), d("2023-09-27"))).isZero();
        }

        @Test
        void countsAcrossYears() {
            assertThat(calendar.workingDaysBetween(d("2023-12-20"), d("2024-01-18"))).isEqualTo(20);
            // (2019-12-31, 2021-01-01]: the whole of 2020 plus the 2021-01-01 holiday.
            int workingDays2020 = 0;
            for (LocalDate day = d("2020-01-01"); day.getYear() == 2020; day = day.plusDays(1)) {
                workingDays2020 += calendar.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(d("2019-12-31"), d("2021-01-01"))).isEqualTo(workingDays2020);
        }

        @Test
        void throwsWhenTheIntervalReachesAnUnknownYear() {
            assertThatThrownBy(() -> calendar.workingDaysBetween(d("2026-12-20"), d("2027-01-05")))
                    .isInstanceOf(CalendarYearUnknownException.class);
        }

        @Test
        void isTheInverseOfAddWorkingDays() {
            for (LocalDate start = d("2019-01-01"); start.isBefore(d("2026-10-01")); start = start.plusDays(3)) {
                for (int n = 1; n <= 60; n += 7) {
                    LocalDate end = calendar.addWorkingDays(start, n);
                    assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                }
            }
        }
    }

    @Nested
    class ExtraYears {

        @TempDir
        Path dir;

        private Path write(String name, String content) throws IOException {
            return Files.writeString(dir.resolve(name), content);
        }

        @Test
        void extraFileAddsAYear() throws IOException {
            Path file = write("2027.json", """
                    {"2027": {"holidays": ["2027-01-01"], "workdays": ["2027-01-09"]}}
                    """);
            WorkingDayCalendar extended = WorkingDayCalendar.bundledWith(List.of(file));

            assertThat(extended.knownYears()).contains(2019, 2026, 2027);
            assertThat(extended.isWorkingDay(d("2027-01-01"))).isFalse(); // Friday, holiday
            assertThat(extended.isWorkingDay(d("2027-01-09"))).isTrue(); // Saturday, make-up day
            // 9 working days in 2026-12-21..31, then Mon 01-04 is day 10.
            assertThat(extended.addWorkingDays(d("2026-12-20"), 10)).isEqualTo(d("2027-01-04"));
            assertThat(calendar.knows(2027)).as("the bundled calendar is unchanged").isFalse();
        }

        @Test
        void extraFileReplacesAWholeYear() throws IOException {
            // This 2026 lists no National Day holiday at all, so Thursday 2026-10-01 becomes a working day and
            // Sunday 2026-09-20 (a make-up day in the bundled data) is an ordinary Sunday again.
            Path file = write("2026.json", """
                    {"2026": {"holidays": ["2026-01-01"], "workdays": []}}
                    """);
            WorkingDayCalendar overridden = WorkingDayCalendar.bundledWith(List.of(file));

            assertThat(calendar.isWorkingDay(d("2026-10-01"))).isFalse();
            assertThat(overridden.isWorkingDay(d("2026-10-01"))).isTrue();
            assertThat(overridden.isWorkingDay(d("2026-09-20"))).isFalse();
            assertThat(overridden.isWorkingDay(d("2025-10-01"))).as("other years untouched").isFalse();
        }

        @Test
        void laterFileWinsForTheSameYear() throws IOException {
            Path first = write("a.json", """
                    {"2027": {"holidays": ["2027-01-01", "2027-01-04"], "workdays": []}}
                    """);
            Path second = write("b.json", """
                    {"2027": {"holidays": ["2027-01-01"], "workdays": []}}
                    """);

            assertThat(WorkingDayCalendar.bundledWith(List.of(first, second)).isWorkingDay(d("2027-01-04"))).isTrue();
            assertThat(WorkingDayCalendar.bundledWith(List.of(second, first)).isWorkingDay(d("2027-01-04"))).isFalse();
        }

        @Test
        void fromJsonLetsLaterSourcesOverrideEarlierOnes() {
            WorkingDayCalendar fromJson = WorkingDayCalendar.fromJson(List.of(
                    json("{\"2030\": {\"holidays\": [\"2030-01-01\"], \"workdays\": []},"
                            + " \"2031\": {\"holidays\": [], \"workdays\": []}}"),
                    json("{\"2030\": {\"holidays\": [], \"workdays\": []}}")));

            assertThat(fromJson.knownYears()).containsExactly(2030, 2031);
            assertThat(fromJson.isWorkingDay(d("2030-01-01"))).isTrue(); // Tuesday, holiday dropped by the override
            assertThat(fromJson.knows(2023)).isFalse();
        }

        @Test
        void missingFileIsReportedWithItsPath() {
            Path missing = dir.resolve("nope.json");
            assertThatThrownBy(() -> WorkingDayCalendar.bundledWith(List.of(missing)))
                    .hasMessageContaining("nope.json");
        }
    }

    @Nested
    class MalformedData {

        private void assertRejected(String content, String... messageParts) {
            assertThatThrownBy(() -> WorkingDayCalendar.fromJson(List.of(json(content))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("工作日历数据有误")
                    .hasMessageContainingAll(messageParts);
        }

        @Test
        void dateUnderTheWrongYear() {
            assertRejected("{\"2027\": {\"holidays\": [\"2026-10-01\"], \"workdays\": []}}", "2026-10-01", "2027");
        }

        @Test
        void dateBothHolidayAndWorkday() {
            assertRejected("{\"2027\": {\"holidays\": [\"2027-01-02\"], \"workdays\": [\"2027-01-02\"]}}",
                    "2027-01-02", "both");
        }

        @Test
        void unparseableDate() {
            assertRejected("{\"2027\": {\"holidays\": [\"2027/01/01\"], \"workdays\": []}}", "2027/01/01");
        }

        @Test
        void impossibleDate() {
            assertRejected("{\"2027\": {\"holidays\": [\"2027-02-30\"], \"workdays\": []}}", "2027-02-30");
        }

        @Test
        void dateThatIsNotAString() {
            assertRejected("{\"2027\": {\"holidays\": [20270101], \"workdays\": []}}", "20270101");
        }

        @Test
        void workdayListedOnAWeekdayIsAccepted() {
            // The bundled 2020 lists Monday 02-03 as a workday, marking the end of the extended Spring Festival
            // break: harmless, so it is not treated as an error.
            assertThat(calendar.isWorkingDay(d("2020-02-03"))).isTrue();
            assertThat(calendar.isWorkingDay(d("2020-02-02"))).isFalse();
        }

        @Test
        void yearKeyThatIsNotAYear() {
            assertRejected("{\"year2027\": {\"holidays\": [], \"workdays\": []}}", "year2027");
        }

        @Test
        void missingList() {
            assertRejected("{\"2027\": {\"holidays\": []}}", "workdays");
        }

        @Test
        void misspelledField() {
            assertRejected("{\"2027\": {\"holiday\": [], \"workdays\": []}}", "holiday");
        }

        @Test
        void yearValueThatIsNotAnObject() {
            assertRejected("{\"2027\": [\"2027-01-01\"]}", "2027");
        }

        @Test
        void topLevelThatIsNotAnObject() {
            assertRejected("[\"2027-01-01\"]", "top level");
        }

        @Test
        void sameYearTwiceInOneFile() {
            assertRejected("{\"2027\": {\"holidays\": [], \"workdays\": []}, "
                    + "\"2027\": {\"holidays\": [\"2027-01-01\"], \"workdays\": []}}", "2027");
        }

        @Test
        void invalidJson() {
            assertRejected("{\"2027\": {\"holidays\": [", "JSON");
        }

        @Test
        void malformedExtraFileNamesTheFile(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("bad-2027.json"),
                    "{\"2027\": {\"holidays\": [\"2026-12-31\"], \"workdays\": []}}");
            assertThatThrownBy(() -> WorkingDayCalendar.bundledWith(List.of(file)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bad-2027.json");
        }
    }
}
