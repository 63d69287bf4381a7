package disclosure.command.support;

import disclosure.testsupport.TestStaff;
import disclosure.command.CommandServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real command-service on a random port, on a given database and clock: tests start it, stop it and start it
 * again on the same database to see what survives a restart.
 */
public final class RunningCommandService implements AutoCloseable {
    public static final String USER = "staff-001";

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    private RunningCommandService(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public static RunningCommandService start(String jdbcUrl, Clock clock, String... extraProperties) {
        // Command-line arguments: they take precedence over application.yml, as an operator's would.
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--db-scheduler.polling-interval=200ms",
                // One test user sends every request: the per-user rate limit is proved by the fault suite.
                "--disclosure.http.rate-limit.per-second=0",
                "--disclosure.security.token-secret=" + TestStaff.SECRET));
        // Most tests have no Kafka broker; a publishing test turns publishing back on (a repeated argument would
        // bind as "false,true", hence only one of the two).
        if (Arrays.stream(extraProperties).noneMatch(p -> p.startsWith("disclosure.publishing.enabled"))) {
            args.add("--disclosure.publishing.enabled=false");
        }
        for (String property : extraProperties) {
            args.add("--" + property);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CommandServiceApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("testClock",
                        Clock.class, () -> clock, definition -> definition.setPrimary(true)));
        return new RunningCommandService(builder.run(args.toArray(String[]::new)));
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestStaff.bearer(USER))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Events stored, in the order they were stored: payload type and the JSON payload. */
    public long eventCount() {
        return jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    /**
     * Events other than the alerts the system records by itself when a deadline's day comes (they may land at any
     * moment, whatever a test sends).
     */
    public long eventCountExceptAlerts() {
        return jdbc().queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE ?",
                Long.class, "disclosure.contract.alert.%");
    }

    @Override
    public void close() {
        context.close();
    }
}
