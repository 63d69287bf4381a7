package disclosure.command.config;

import disclosure.access.SignOff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.TreeSet;

/** The {@link SignOff} setting the aggregate is given: checked on every answer, whichever way it arrives. */
@Configuration
public class SignOffConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SignOffConfiguration.class);

    @Bean
    public SignOff signOff(SignOffProperties properties) {
        SignOff signOff = SignOff.of(properties.agencies());
        log.info("Answers need the supervisor's sign-off in: {}", signOff.agencies().isEmpty() ? "no agency"
                : new TreeSet<>(signOff.agencies()));
        return signOff;
    }
}
