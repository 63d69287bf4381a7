package disclosure.web.pages;

import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 剩余工作日: working days from today to an answer due date, negative when overdue, and the colour staff read it
 * by — red when overdue, orange within five working days, green otherwise.
 */
@Component("countdown")
public class Countdown {
    static final int SOON = 5;

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public Countdown(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Null when there is no due date (the clock is stopped) or its year's calendar is not loaded. */
    public Integer left(LocalDate due) {
        if (due == null) {
            return null;
        }
        LocalDate today = LegalTime.today(clock);
        try {
            return due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    public String text(Integer left) {
        if (left == null) {
            return "—";
        }
        return left < 0 ? "逾期" + (-left) + "个工作日" : left == 0 ? "今日到期" : "剩余" + left + "个工作日";
    }

    public String css(Integer left) {
        if (left == null) {
            return "countdown none";
        }
        return left < 0 ? "countdown overdue" : left <= SOON ? "countdown soon" : "countdown ok";
    }

    public LocalDate today() {
        return LegalTime.today(clock);
    }
}
