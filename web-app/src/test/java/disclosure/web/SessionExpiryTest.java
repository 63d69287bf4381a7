package disclosure.web;

import disclosure.access.Role;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A session unused for longer than the timeout (30 minutes) ends: the next page goes to the login page saying so. */
class SessionExpiryTest extends WebAppTest {
    private static final String AGENCY = "某市统计局";

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private StaffSession loggedIn() {
        agency(AGENCY);
        user("handler.session", "承办人己", AGENCY, Role.HANDLER);
        StaffSession session = new StaffSession(url(""));
        session.login("handler.session", PASSWORD);
        assertThat(session.get("/cases").statusCode()).isEqualTo(200);
        return session;
    }

    @Test
    void aSessionUnusedForMoreThanThirtyMinutesEndsAndTheLoginPageSaysSo() {
        StaffSession session = loggedIn();
        clock.advance(Duration.ofMinutes(31));
        HttpResponse<String> expired = session.get("/cases");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        assertThat(session.get("/login?expired").body()).contains("会话已过期，请重新登录");
        assertThat(session.get("/cases").statusCode()).as("the session is gone, not only redirected once")
                .isEqualTo(302);
    }

    @Test
    void aSessionInUseDoesNotExpire() {
        StaffSession session = loggedIn();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(session.get("/cases").statusCode()).isEqualTo(200);
        }
    }
}
