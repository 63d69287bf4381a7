package disclosure.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of the statute rules, under {@code disclosure.statute}.
 *
 * @param calendarFiles  extra working-day calendar files (same JSON format as the bundled one) that add or
 *                       replace whole years, e.g. next year's 节假日安排 published in November; no rebuild needed
 * @param feePausesClock whether the fee payment period pauses the answer clock (STATUTE.md §1, [OPEN]; default
 *                       true)
 */
@ConfigurationProperties("disclosure.statute")
public record StatuteProperties(List<Path> calendarFiles, Boolean feePausesClock) {
    public StatuteProperties {
        calendarFiles = calendarFiles == null ? List.of() : List.copyOf(calendarFiles);
        feePausesClock = feePausesClock == null || feePausesClock;
    }
}
