package disclosure.web;

import disclosure.access.SignOff;
import disclosure.access.StaffTokens;
import disclosure.statute.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

@Configuration
class WebConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    StaffTokens staffTokens(WebProperties properties, Clock clock) {
        return new StaffTokens(properties.tokenSecret(), properties.tokenLifetime(), clock);
    }

    @Bean
    SignOff signOff(WebProperties.SignOffAgencies signOff) {
        return SignOff.of(signOff.agencies());
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(WebProperties.Statute statute) {
        List<String> files = statute.calendarFiles() == null ? List.of() : statute.calendarFiles();
        return WorkingDayCalendar.bundledWith(files.stream().filter(f -> !f.isBlank()).map(Path::of).toList());
    }
}
