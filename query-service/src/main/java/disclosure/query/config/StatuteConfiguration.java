package disclosure.query.config;

import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.statute.clock.ClockSettings;
import disclosure.statute.clock.StatutoryClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The same calendar and clock settings as command-service ({@code DISCLOSURE_CALENDAR_FILES},
 * {@code DISCLOSURE_FEE_PAUSES_CLOCK}), so both sides derive the same due dates.
 */
@Configuration
public class StatuteConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public WorkingDayCalendar workingDayCalendar(@Value("${disclosure.statute.calendar-files:}") List<String> files) {
        return WorkingDayCalendar.bundledWith(files.stream().filter(file -> file != null && !file.isBlank())
                .map(Path::of).toList());
    }

    @Bean
    public StatutoryClock statutoryClock(WorkingDayCalendar calendar,
                                         @Value("${disclosure.statute.fee-pauses-clock:true}") boolean feePausesClock) {
        return new StatutoryClock(calendar, new ClockSettings(feePausesClock));
    }
}
