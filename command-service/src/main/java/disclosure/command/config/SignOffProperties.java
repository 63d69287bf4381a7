package disclosure.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * 签发, under {@code disclosure.sign-off}.
 *
 * @param agencies the agencies (names as applications give them) whose answers a 负责人 signs off before they go out;
 *                 none by default ({@code DISCLOSURE_SIGN_OFF_AGENCIES}, comma separated)
 */
@ConfigurationProperties("disclosure.sign-off")
public record SignOffProperties(List<String> agencies) {
}
