package disclosure.command.config;

import disclosure.command.application.AlertPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Function;

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
                return own(agency, AlertProperties.Agency::answerDueSoon, properties.answerDueSoon());
            }

            @Override
            public List<Integer> supplementNoticeClosing(String agency) {
                return own(agency, AlertProperties.Agency::supplementNoticeClosing,
                        properties.supplementNoticeClosing());
            }

            @Override
            public List<Integer> appealReplyDueSoon(String agency) {
                return own(agency, AlertProperties.Agency::appealReplyDueSoon, properties.appealReplyDueSoon());
            }

            /** The agency's own lead times where it has them, else the installation's. */
            private List<Integer> own(String agency, Function<AlertProperties.Agency, List<Integer>> setting,
                                      List<Integer> installation) {
                AlertProperties.Agency own = properties.agencies().get(agency);
                return own != null && setting.apply(own) != null ? setting.apply(own) : installation;
            }
        };
    }
}
