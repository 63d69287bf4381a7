package disclosure.command.config;

import disclosure.command.application.AlertPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The alert policy the aggregate is given, from {@link AlertProperties}. */
@Configuration
public class AlertConfiguration {

    @Bean
    public AlertPolicy alertPolicy(AlertProperties properties) {
        return new AlertPolicy() {
            @Override
            public int hour() {
                return properties.hour();
            }

            @Override
            public List<Integer> answerDueSoon(String agency) {
                AlertProperties.Agency own = properties.agencies().get(agency);
                return own != null && own.answerDueSoon() != null ? own.answerDueSoon() : properties.answerDueSoon();
            }

            @Override
            public List<Integer> supplementNoticeClosing(String agency) {
                AlertProperties.Agency own = properties.agencies().get(agency);
                return own != null && own.supplementNoticeClosing() != null ? own.supplementNoticeClosing()
                        : properties.supplementNoticeClosing();
            }
        };
    }
}
