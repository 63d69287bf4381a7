package disclosure.command;

import disclosure.access.service.StaffAccessConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The command side: takes staff's commands, checks them against the 条例 and stores the events. */
@SpringBootApplication
@Import(StaffAccessConfiguration.class)
@ConfigurationPropertiesScan
public class CommandServiceApplication {

    static {
        // Axon's update checker calls out to the internet, which government networks (and CI) do not have.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
