package disclosure.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The web application's settings.
 *
 * @param commandUrl    command-service's base address
 * @param queryUrl      query-service's base address
 * @param tokenSecret   the HMAC secret shared with both services (at least 32 bytes)
 * @param tokenLifetime how long a token minted for one call to a service stays valid
 * @param admin         the first administrator, created at start when no administrator exists yet
 * @param login         how many failed logins lock a user name, and for how long
 */
@ConfigurationProperties("disclosure.web")
public record WebProperties(String commandUrl, String queryUrl, String tokenSecret, Duration tokenLifetime,
                            Admin admin, Login login) {

    public record Admin(String username, String password, String displayName) {}

    public record Login(int maxFailures, Duration lockout) {}

    /** Extra working-day calendar files (the services' {@code DISCLOSURE_CALENDAR_FILES}). */
    @ConfigurationProperties("disclosure.statute")
    public record Statute(List<String> calendarFiles) {}

    /**
     * The agencies whose answers the 负责人 signs off (command-service's {@code DISCLOSURE_SIGN_OFF_AGENCIES}): there
     * a 承办人 is offered 提交签发 instead of 答复.
     */
    @ConfigurationProperties("disclosure.sign-off")
    public record SignOffAgencies(List<String> agencies) {}
}
