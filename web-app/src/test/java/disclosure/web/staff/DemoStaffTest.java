package disclosure.web.staff;

import disclosure.access.Role;
import disclosure.web.support.WebAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 演示用户: the demo's staff file read at start — agencies added, users created who can log in with the password
 * given, a second reading changing nothing, and a broken file or entry skipped without stopping anything.
 */
class DemoStaffTest extends WebAppTest {
    private static final String AGENCY = "演示测试市公安局";

    @Test
    void createsTheStaffOnceWithTheirAgencyAndTheyLogIn(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("demo-staff.json");
        Files.writeString(file, """
                [{"username": "demo.fzr", "displayName": "冯军", "agency": "%s", "roles": ["SUPERVISOR"],
                  "password": "demo-password-1"},
                 {"username": "demo.cbr", "displayName": "孙浩", "agency": "%s", "roles": ["HANDLER", "INTAKE"],
                  "password": "demo-password-1"},
                 {"username": "demo.short", "displayName": "短密码", "agency": "%s", "roles": ["HANDLER"],
                  "password": "short"},
                 {"username": "demo.tjy", "displayName": "黄莹", "agency": null, "roles": ["STATISTICIAN"],
                  "password": "demo-password-1"}]""".formatted(AGENCY, AGENCY, AGENCY));
        DemoStaff demo = new DemoStaff(directory, file.toString());

        assertThat(demo.load(file)).as("the one with a too short password is skipped").isEqualTo(3);
        assertThat(directory.agencies()).contains(AGENCY);
        assertThat(directory.find("demo.fzr")).hasValueSatisfying(user -> {
            assertThat(user.agency()).isEqualTo(AGENCY);
            assertThat(user.roles()).containsExactly(Role.SUPERVISOR);
        });
        assertThat(directory.find("demo.tjy")).hasValueSatisfying(user -> assertThat(user.agency()).isNull());
        assertThat(directory.find("demo.short")).isEmpty();
        loggedIn("demo.fzr", "demo-password-1");

        assertThat(demo.load(file)).as("read again: nothing new").isZero();
    }

    @Test
    void aFileThatIsNotAListOfStaffChangesNothing(@TempDir Path temp) throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"username\": \"x\"");
        Path object = temp.resolve("object.json");
        Files.writeString(object, "{\"username\": \"demo.object\"}");
        int users = directory.users().size();

        assertThat(new DemoStaff(directory, broken.toString()).load(broken)).isZero();
        assertThat(new DemoStaff(directory, object.toString()).load(object)).isZero();
        assertThat(new DemoStaff(directory, "").load(temp.resolve("missing.json"))).isZero();
        assertThat(directory.users()).hasSize(users);
    }
}
