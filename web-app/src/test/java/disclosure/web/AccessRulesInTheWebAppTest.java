package disclosure.web;

import disclosure.access.Role;
import disclosure.statute.LegalTime;
import disclosure.web.support.Intake;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles and agencies enforced by the server, not only by hidden buttons: a role reaching for another role's action
 * gets 403, an agency cannot see or act on another's applications, personal data is masked and every unmasked view
 * recorded; login is throttled and forms need their CSRF token.
 */
class AccessRulesInTheWebAppTest extends WebAppTest {
    private static final String AGENCY = "某市交通运输局";
    private static final String OTHER_AGENCY = "某市生态环境局";
    private static final String ID_NUMBER = "110101199003074512";

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        agency(AGENCY);
        agency(OTHER_AGENCY);
        user("intake.a", "登记员甲", AGENCY, Role.INTAKE);
        user("handler.a", "承办人甲", AGENCY, Role.HANDLER);
        user("handler.b", "承办人乙", OTHER_AGENCY, Role.HANDLER);
        user("stat.city", "统计员", null, Role.STATISTICIAN);
    }

    /** Registers an application of {@link #AGENCY} through the intake page; answers its id. */
    private String registered() {
        return Intake.register(loggedIn("intake.a"), Intake.form(LegalTime.today(Clock.systemUTC()), ID_NUMBER,
                "本局2024年道路养护资金使用情况"));
    }

    private static Map<String, String> answer() {
        return Map.of("outcome", "1", "legalBasis", "条例第三十六条第一项",
                "answeredOn", LegalTime.today(Clock.systemUTC()).toString());
    }

    @Test
    void intakeStaffCannotAnswerEvenByPostingTheFormThemselves() {
        String id = registered();
        StaffSession intake = loggedIn("intake.a");
        intake.get("/cases/" + id);
        HttpResponse<String> response = intake.post("/cases/" + id + "/actions/answer", answer());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("您的角色无权答复");
    }

    @Test
    void eachRoleReachesOnlyItsOwnPages() {
        StaffSession statistician = loggedIn("stat.city");
        assertThat(statistician.get("/intake").statusCode()).isEqualTo(403);
        assertThat(statistician.get("/admin").statusCode()).isEqualTo(403);
        assertThat(statistician.get("/reports").statusCode()).isEqualTo(200);
        StaffSession intake = loggedIn("intake.a");
        assertThat(intake.get("/reports").statusCode()).isEqualTo(403);
        assertThat(intake.get("/alerts").statusCode()).isEqualTo(403);
        StaffSession handler = loggedIn("handler.a");
        assertThat(handler.get("/intake").statusCode()).isEqualTo(403);
        assertThat(handler.get("/alerts").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherAgencyCanNeitherSeeNorActOnAnApplication() {
        String id = registered();
        StaffSession other = loggedIn("handler.b");
        HttpResponse<String> detail = other.get("/cases/" + id);
        assertThat(detail.statusCode()).isEqualTo(403);
        // query-service itself refuses to hand another agency's case to this user's token
        assertThat(detail.body()).contains("无权查看或办理其他机关的事项");
        assertThat(other.post("/cases/" + id + "/actions/answer", answer()).statusCode()).isEqualTo(403);
        assertThat(other.get("/cases").body()).doesNotContain(id);
        assertThat(loggedIn("handler.a").get("/cases").body()).contains(id);
    }

    @Test
    void personalDataIsMaskedAndEveryUnmaskedViewIsRecorded() {
        String id = registered();
        StaffSession handler = loggedIn("handler.a");
        String masked = handler.get("/cases/" + id).body();
        assertThat(masked).contains("110101********4512").contains("139****5678").doesNotContain(ID_NUMBER);

        String unmasked = handler.post("/cases/" + id + "/personal-data", Map.of()).body();
        assertThat(unmasked).contains(ID_NUMBER).contains("13912345678");
        assertThat(jdbc.queryForList("SELECT username FROM personal_data_view WHERE application_id = ?",
                String.class, id)).containsExactly("handler.a");
    }

    @Test
    void aStatisticianSeesApplicationsOnlyMasked() {
        String id = registered();
        StaffSession statistician = loggedIn("stat.city");
        assertThat(statistician.get("/cases/" + id).body()).doesNotContain(ID_NUMBER).doesNotContain("查看完整个人信息");
        assertThat(statistician.post("/cases/" + id + "/personal-data", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String id = registered();
        StaffSession handler = loggedIn("handler.a");
        assertThat(handler.postWithoutCsrf("/cases/" + id + "/actions/answer", answer()).statusCode()).isEqualTo(403);
    }

    @Test
    void pagesNeedALogin() {
        HttpResponse<String> response = new StaffSession(url("")).get("/cases");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        user("locked.out", "被锁定的用户", AGENCY, Role.HANDLER);
        for (int i = 0; i < 5; i++) {
            assertThat(new StaffSession(url("")).login("locked.out", "wrong-password-" + i).headers()
                    .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=bad"));
        }
        HttpResponse<String> refused = new StaffSession(url("")).login("locked.out", PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?error=locked"));
    }

    @Test
    void theFirstAdministratorComesFromConfigurationWithABcryptHash() {
        Optional<String> hash = directory.find(ADMIN).map(user -> user.passwordHash());
        assertThat(hash).hasValueSatisfying(h -> assertThat(h).startsWith("$2a$").doesNotContain(ADMIN_PASSWORD));
        assertThat(directory.find(ADMIN).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(loggedIn(ADMIN, ADMIN_PASSWORD).get("/admin").statusCode()).isEqualTo(200);
    }
}
