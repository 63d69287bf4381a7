package disclosure.web.support;

import disclosure.testsupport.TestStaff;
import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.testsupport.TestDatabase;
import disclosure.web.WebApplication;
import disclosure.web.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application on a random port with its own fresh database, talking to the real services of
 * {@link RunningServices}. Every test class extending this shares one application context (and so one database).
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WebAppTest.TestClock.class)
public abstract class WebAppTest {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "correct-horse-battery";

    /** The application's clock, shifted by tests that need time to pass. */
    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }

    @Autowired
    protected ShiftableClock clock;

    @LocalServerPort
    protected int port;

    @Autowired
    protected StaffDirectory directory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RunningServices services = RunningServices.get();
        String database = TestDatabase.freshDatabase();
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("disclosure.web.command-url", services::commandUrl);
        registry.add("disclosure.web.query-url", services::queryUrl);
        registry.add("disclosure.web.token-secret", () -> TestStaff.SECRET);
        registry.add("disclosure.web.admin.username", () -> ADMIN);
        registry.add("disclosure.web.admin.password", () -> ADMIN_PASSWORD);
        registry.add("disclosure.sign-off.agencies", () -> RunningServices.SIGN_OFF_AGENCY);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A session of {@code username} logged in with {@link #PASSWORD}. */
    protected StaffSession loggedIn(String username) {
        return loggedIn(username, PASSWORD);
    }

    protected StaffSession loggedIn(String username, String password) {
        StaffSession session = new StaffSession(url(""));
        HttpResponse<String> login = session.login(username, password);
        assertThat(login.headers().firstValue("Location")).as(username + " logs in").hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
        return session;
    }

    /** Adds the agency if it is new. */
    protected void agency(String name) {
        if (!directory.agencies().contains(name)) {
            directory.addAgency(name);
        }
    }

    /** Creates the user with {@link #PASSWORD} if they do not exist yet. */
    protected void user(String username, String displayName, String agency, Role... roles) {
        if (directory.find(username).isEmpty()) {
            directory.create(new StaffIdentity(username, displayName, agency, Set.of(roles)), PASSWORD, ADMIN);
        }
    }
}
