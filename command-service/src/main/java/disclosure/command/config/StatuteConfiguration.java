package disclosure.command.config;

import disclosure.statute.calendar.WorkingDayCalendar;
import disclosure.statute.clock.ClockSettings;
import disclosure.statute.clock.StatutoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The working-day calendar, the statutory clock and the system clock, as beans the aggregate is given. */
@Configuration
public class StatuteConfiguration {
    private static final Logger log = LoggerFactory.getLogger(StatuteConfiguration.class);

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public WorkingDayCalendar workingDayCalendar(StatuteProperties properties) {
        WorkingDayCalendar calendar = WorkingDayCalendar.bundledWith(properties.calendarFiles());
        log.info("Working-day calendar loaded for years {} (extra files: {})", calendar.knownYears(),
                properties.calendarFiles());
        return calendar;
    }

    @Bean
    public StatutoryClock statutoryClock(WorkingDayCalendar calendar, StatuteProperties properties) {
        return new StatutoryClock(calendar, new ClockSettings(properties.feePausesClock()));
    }
}
