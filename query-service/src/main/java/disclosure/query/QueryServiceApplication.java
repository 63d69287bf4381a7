package disclosure.query;

import disclosure.access.service.StaffAccessConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The query side: read models of applications and the annual tables, fed by the event stream. */
@SpringBootApplication
@Import(StaffAccessConfiguration.class)
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
