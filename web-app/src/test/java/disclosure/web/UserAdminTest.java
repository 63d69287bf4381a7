package disclosure.web;

import disclosure.access.Role;
import disclosure.web.support.StaffSession;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 用户管理: disabling a user, resetting and changing passwords (bcrypt), each refused with its rule when it must be. */
class UserAdminTest extends WebAppTest {
    private static final String AGENCY = "某市民政局";

    private StaffSession admin;

    @BeforeEach
    void staff() {
        agency(AGENCY);
        admin = new StaffSession(url(""));
        admin.login(ADMIN, ADMIN_PASSWORD);
        admin.get("/admin");
    }

    private boolean canLogIn(String username, String password) {
        return StaffSession.location(new StaffSession(url("")).login(username, password)).endsWith("/");
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgain() {
        user("clerk.disabled", "登记员壬", AGENCY, Role.INTAKE);
        assertThat(admin.follow(admin.post("/admin/users/clerk.disabled/enabled", Map.of("enabled", "false")))
                .body()).contains("已停用用户“clerk.disabled”");
        assertThat(canLogIn("clerk.disabled", PASSWORD)).isFalse();
        admin.post("/admin/users/clerk.disabled/enabled", Map.of("enabled", "true"));
        assertThat(canLogIn("clerk.disabled", PASSWORD)).isTrue();
    }

    @Test
    void aUserDisabledWhileLoggedInIsLoggedOutAtTheNextClick() {
        user("clerk.active", "登记员癸", AGENCY, Role.INTAKE);
        StaffSession clerk = new StaffSession(url(""));
        clerk.login("clerk.active", PASSWORD);
        assertThat(clerk.get("/cases").statusCode()).isEqualTo(200);

        admin.post("/admin/users/clerk.active/enabled", Map.of("enabled", "false"));
        HttpResponse<String> next = clerk.get("/cases");
        assertThat(StaffSession.location(next)).endsWith("/login?account=disabled");
        assertThat(clerk.follow(next).body()).contains("您的账号已被停用");
        assertThat(StaffSession.location(clerk.get("/cases"))).contains("/login");
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        assertThat(admin.follow(admin.post("/admin/users/" + ADMIN + "/enabled", Map.of("enabled", "false")))
                .body()).contains("未能停用：不能停用自己的账户");
        assertThat(canLogIn(ADMIN, ADMIN_PASSWORD)).isTrue();
    }

    @Test
    void aResetPasswordIsStoredAsBcryptAndReplacesTheOldOne() {
        user("clerk.reset", "登记员癸", AGENCY, Role.INTAKE);
        String newPassword = "a-brand-new-password";
        assertThat(admin.follow(admin.post("/admin/users/clerk.reset/password", Map.of("password", newPassword)))
                .body()).contains("已重置用户“clerk.reset”的密码");
        assertThat(directory.find("clerk.reset").orElseThrow().passwordHash()).startsWith("$2a$")
                .doesNotContain(newPassword);
        assertThat(canLogIn("clerk.reset", PASSWORD)).isFalse();
        assertThat(canLogIn("clerk.reset", newPassword)).isTrue();
    }

    @Test
    void aTooShortPasswordIsRefusedAndChangesNothing() {
        user("clerk.short", "登记员子", AGENCY, Role.INTAKE);
        assertThat(admin.follow(admin.post("/admin/users/clerk.short/password", Map.of("password", "short")))
                .body()).contains("未能重置密码：密码至少10个字符");
        assertThat(canLogIn("clerk.short", PASSWORD)).isTrue();
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        user("clerk.plain", "登记员丑", AGENCY, Role.INTAKE);
        user("clerk.victim", "登记员寅", AGENCY, Role.INTAKE);
        StaffSession clerk = new StaffSession(url(""));
        clerk.login("clerk.plain", PASSWORD);
        clerk.get("/account");
        assertThat(clerk.post("/admin/users/clerk.victim/enabled", Map.of("enabled", "false")).statusCode())
                .isEqualTo(403);
        assertThat(clerk.post("/admin/users/clerk.victim/password", Map.of("password", "taken-over-password"))
                .statusCode()).isEqualTo(403);
        assertThat(canLogIn("clerk.victim", PASSWORD)).isTrue();
    }

    @Test
    void staffChangeTheirOwnPasswordGivingTheCurrentOne() {
        user("clerk.own", "登记员卯", AGENCY, Role.INTAKE);
        StaffSession clerk = new StaffSession(url(""));
        clerk.login("clerk.own", PASSWORD);
        clerk.get("/account");
        String changed = "my-own-new-password";
        assertThat(clerk.follow(clerk.post("/account/password", Map.of("current", "not-my-password",
                "password", changed, "repeated", changed))).body()).contains("密码未修改：当前密码不正确");
        assertThat(clerk.follow(clerk.post("/account/password", Map.of("current", PASSWORD,
                "password", changed, "repeated", changed))).body()).contains("密码已修改");
        assertThat(canLogIn("clerk.own", changed)).isTrue();
    }
}
