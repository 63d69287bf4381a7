package disclosure.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.SignOff;
import disclosure.launcher.WorkInProgress.Line;
import disclosure.launcher.WorkInProgress.Stage;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's work in progress, on every day of the last two years the bundled calendar knows (holidays, make-up
 * working days, a window reaching into the year before): each line keeps the import's rules and is in the state it is
 * meant to show, counted as the statute counts (the period: 20 working days from the day after receipt, or after the
 * supplement; an extension adds its days). That the services accept the lines and agree on their states is
 * {@link DemoYearLoadTest}'s part.
 */
class WorkInProgressTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final SignOff SIGN_OFF = SignOff.of(List.of(DemoYear.SIGN_OFF_AGENCY));

    private static List<LocalDate> days() {
        int last = CALENDAR.knownYears().last();
        return LocalDate.of(last - 1, 1, 1).datesUntil(LocalDate.of(last + 1, 1, 1)).toList();
    }

    @Test
    void everyLineKeepsTheImportRulesAndIsInItsStageOnEveryDay() throws Exception {
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        for (LocalDate today : days()) {
            List<Line> lines = WorkInProgress.lines(today, CALENDAR, DemoYear.AGENCIES, SIGN_OFF);
            assertThat(lines).as("on %s", today).hasSizeBetween(60, 100);
            assertThat(lines).extracting(Line::agency).as("on %s", today).containsAll(DemoYear.AGENCIES);
            Set<String> numbers = new HashSet<>();
            for (Line line : lines) {
                String where = today + " " + line.agency() + " " + line.caseNo() + " " + line.stage() + ": "
                        + line.ledgerLine();
                assertThat(numbers.add(line.agency() + line.caseNo())).as("unique: " + where).isTrue();
                check(today, line, JSON.readTree(line.ledgerLine()), where);
                seen.add(line.stage());
            }
            assertThat(lines).filteredOn(line -> line.stage() == Stage.OVERDUE).as("on %s", today).hasSize(5)
                    .extracting(Line::agency).containsAll(DemoYear.AGENCIES);
            assertThat(lines).filteredOn(line -> line.stage() == Stage.DUE_SOON).as("on %s", today)
                    .extracting(Line::agency).containsAll(DemoYear.AGENCIES);
            assertThat(lines).filteredOn(line -> line.stage() == Stage.EXTENSION_REQUESTED).as("on %s", today)
                    .extracting(Line::agency).containsAll(DemoYear.AGENCIES);
            assertThat(lines).filteredOn(line -> line.stage() == Stage.AWAITING_SIGN_OFF).as("on %s", today)
                    .hasSize(3).allSatisfy(line -> assertThat(line.agency()).isEqualTo(DemoYear.SIGN_OFF_AGENCY));
        }
        assertThat(seen).containsExactlyInAnyOrder(Stage.values());
    }

    private static void check(LocalDate today, Line line, JsonNode entry, String where) {
        LocalDate received = date(entry.get("receivedOn"));
        assertThat(entry.get("agency").asText()).as(where).isEqualTo(line.agency());
        assertThat(entry.get("caseNo").asText()).as(where).isEqualTo(line.caseNo())
                .doesNotMatch("\\d{4}-\\d{1,9}").contains(WorkInProgress.CASE_NUMBER_MARK)
                .hasSizeLessThanOrEqualTo(20); // query-service's column
        assertThat(CALENDAR.isWorkingDay(received)).as(where).isTrue();
        assertThat(received).as(where).isBeforeOrEqualTo(today);
        assertThat(CALENDAR.workingDaysBetween(received, today)).as("within the window: " + where)
                .isLessThan(WorkInProgress.WINDOW);

        LocalDate previous = received;
        LocalDate anchor = received; // the period counts from receipt, or from the supplement
        int extension = 0;
        boolean awaitingSupplement = false;
        boolean paused = false;
        LocalDate noticeDue = null;
        for (JsonNode step : entry.get("steps")) {
            LocalDate on = date(step.get("on"));
            assertThat(on).as(where).isAfterOrEqualTo(previous).isBeforeOrEqualTo(today);
            previous = on;
            switch (step.get("type").asText()) {
                case "SUPPLEMENT_REQUESTED" -> {
                    assertThat(CALENDAR.workingDaysBetween(received, on)).as("notice within 7 working days: " + where)
                            .isBetween(1, 7);
                    noticeDue = date(step.get("dueOn"));
                    assertThat(noticeDue).as(where).isAfter(on);
                    awaitingSupplement = true;
                }
                case "SUPPLEMENT_RECEIVED" -> {
                    assertThat(on).as("by its due date: " + where).isBeforeOrEqualTo(noticeDue);
                    awaitingSupplement = false;
                    anchor = on;
                }
                case "EXTENDED" -> {
                    assertThat(CALENDAR.workingDaysBetween(anchor, on)).as("within the period: " + where)
                            .isLessThanOrEqualTo(20);
                    extension = step.get("workingDays").asInt();
                    assertThat(extension).as(where).isBetween(1, 20);
                }
                case "CONSULTATION_STARTED" -> {
                    assertThat(CALENDAR.workingDaysBetween(anchor, on)).as("within the period: " + where)
                            .isLessThanOrEqualTo(20);
                    assertThat(step.get("party").asText()).as(where).isIn("THIRD_PARTY", "OTHER_AGENCY");
                    paused = true;
                }
                default -> throw new AssertionError("an open line has no " + step.get("type") + ": " + where);
            }
        }
        if (awaitingSupplement) {
            assertThat(noticeDue).as("a pending 补正 is due after today: " + where).isAfter(today);
        }

        checkFollowUp(today, line, where);
        boolean counting = !awaitingSupplement && !paused;
        LocalDate due = dueOrNull(anchor, 20 + extension);
        if (due == null) {
            return; // at the end of the calendar's last year: unknown to the services too, and not guessed
        }
        boolean overdue = counting && due.isBefore(today);
        assertThat(overdue).as("overdue only if meant to be: " + where).isEqualTo(line.stage() == Stage.OVERDUE);
        switch (line.stage()) {
            case OVERDUE -> assertThat(CALENDAR.addWorkingDays(due, 1)).as("答复已逾期 fires at once: " + where)
                    .isBefore(today);
            case DUE_SOON -> assertThat(CALENDAR.workingDaysBetween(today, due)).as("答复期限临近 fires at once: " + where)
                    .isBetween(1, 4);
            case SUPPLEMENT_PENDING -> assertThat(awaitingSupplement).as(where).isTrue();
            case IN_CONSULTATION -> assertThat(paused).as(where).isTrue();
            case EXTENDED -> assertThat(extension).as(where).isPositive();
            case EXTENSION_REQUESTED, AWAITING_SIGN_OFF -> {
                assertThat(entry.get("steps")).as("nothing done yet: " + where).isEmpty();
                assertThat(due).as("the period still runs: " + where).isAfterOrEqualTo(today);
            }
            default -> { }
        }

        checkFollowUp(today, line, where);
    }

    private static void checkFollowUp(LocalDate today, Line line, String where) {
        boolean followedUp = line.stage() == Stage.EXTENSION_REQUESTED || line.stage() == Stage.AWAITING_SIGN_OFF;
        assertThat(line.followUp() != null).as(where).isEqualTo(followedUp);
        if (line.stage() == Stage.AWAITING_SIGN_OFF) {
            JsonNode draft = readTree(line.followUp().body());
            assertThat(line.followUp().endpoint()).isEqualTo(WorkInProgress.FollowUp.ANSWER_DRAFT);
            assertThat(date(draft.get("answeredOn"))).as(where).isEqualTo(today);
            assertThat(draft.get("outcome").asText()).as("signed off, not deemed (6.1, 6.2): " + where)
                    .isIn("1", "2", "4.1");
        }
        if (line.stage() == Stage.EXTENSION_REQUESTED) {
            assertThat(line.followUp().endpoint()).isEqualTo(WorkInProgress.FollowUp.EXTENSION_REQUEST);
            assertThat(readTree(line.followUp().body()).get("workingDays").asInt()).as(where).isBetween(1, 20);
        }
    }

    @Test
    void theSameDayGivesTheSameLinesSoThatALoadAgainAddsNothing() {
        LocalDate today = LocalDate.of(CALENDAR.knownYears().last(), 11, 30);
        assertThat(WorkInProgress.lines(today, CALENDAR, DemoYear.AGENCIES, SIGN_OFF))
                .isEqualTo(WorkInProgress.lines(today, CALENDAR, DemoYear.AGENCIES, SIGN_OFF));
    }

    @Test
    void withoutASignOffAgencyNoAnswerIsSubmittedForSignOff() {
        LocalDate today = LocalDate.of(CALENDAR.knownYears().last(), 6, 15);
        List<Line> lines = WorkInProgress.lines(today, CALENDAR, DemoYear.AGENCIES, SignOff.NONE);
        assertThat(lines).hasSizeBetween(60, 100).noneMatch(line -> line.stage() == Stage.AWAITING_SIGN_OFF);
    }

    @Test
    void aYearWithoutCalendarDataGivesNoLinesRatherThanGuessedDates() {
        LocalDate unknown = LocalDate.of(CALENDAR.knownYears().last() + 1, 3, 2);
        assertThatThrownBy(() -> WorkInProgress.lines(unknown, CALENDAR, DemoYear.AGENCIES, SIGN_OFF))
                .isInstanceOf(CalendarYearUnknownException.class);
    }

    private static LocalDate dueOrNull(LocalDate anchor, int workingDays) {
        try {
            return CALENDAR.addWorkingDays(anchor, workingDays);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    private static LocalDate date(JsonNode node) {
        return LocalDate.parse(node.asText());
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
