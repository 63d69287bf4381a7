package disclosure.statute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Legal dates are dates in Beijing time: "today" and "the start of a day" always mean Asia/Shanghai. */
public final class LegalTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** 00:00 Beijing time on {@code date}, plus {@code hour} hours. */
    public static Instant startOf(LocalDate date, int hour) {
        return date.atStartOfDay(ZONE).plusHours(hour).toInstant();
    }
}
