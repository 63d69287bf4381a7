package disclosure.query.support;

import disclosure.testsupport.TestStaff;
import disclosure.query.QueryServiceApplication;
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
import java.util.List;

/** A real query-service on a random port, on a given database, broker, topic and clock. */
public final class RunningQueryService implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    /** The user of requests that name none: every role, every agency (全市). */
    public static final String USER = "query-test";

    private RunningQueryService(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static RunningQueryService start(String jdbcUrl, String bootstrapServers, String topic, String group,
                                            Clock clock, String... extraProperties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--disclosure.events-topic=" + topic,
                "--spring.kafka.consumer.group-id=" + group,
                "--disclosure.security.token-secret=" + TestStaff.SECRET));
        for (String property : extraProperties) {
            args.add("--" + property);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(QueryServiceApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("testClock",
                        Clock.class, () -> clock, definition -> definition.setPrimary(true)));
        return new RunningQueryService(builder.run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** GET as {@link #USER}. */
    public HttpResponse<String> get(String pathAndQuery) {
        return getWithToken(pathAndQuery, TestStaff.token(USER));
    }

    /** GET with a given staff token (null: none). */
    public HttpResponse<String> getWithToken(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET()
                        .header("Authorization", TestStaff.bearer(USER)),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST (or, with {@code method}, another method) of a JSON body as {@code user} (no token if null). */
    public HttpResponse<String> send(String method, String pathAndQuery, String json, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", TestStaff.bearer(user));
        }
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String pathAndQuery, String json, String user) {
        return send("POST", pathAndQuery, json, user);
    }

    /** POST as {@link #USER}. */
    public HttpResponse<String> post(String pathAndQuery, String json) {
        return post(pathAndQuery, json, USER);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
