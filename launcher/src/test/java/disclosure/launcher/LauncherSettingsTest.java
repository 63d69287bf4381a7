package disclosure.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 签发 in the demo: the launcher names the demo's sign-off agency unless the user set the variable themselves. */
class LauncherSettingsTest {
    private static LauncherSettings settings(Map<String, String> environment) {
        return LauncherSettings.from(new String[0], environment);
    }

    @Test
    void withoutTheVariableTheDemosSignOffAgencyGoesToCommandServiceAndTheWebApplication() {
        // secret and password given, so that nothing is written to a data folder
        LauncherSettings settings = settings(Map.of("DISCLOSURE_TOKEN_SECRET", "a-secret-for-the-settings-test-0123",
                "DISCLOSURE_WEB_ADMIN_PASSWORD", "a-password-for-the-test"));
        assertThat(settings.signOffAgencies()).isEqualTo(DemoYear.SIGN_OFF_AGENCY);
        assertThat(settings.signOff().agencies()).containsExactly(DemoYear.SIGN_OFF_AGENCY);
        assertThat(WebApp.environment(Path.of("unused"), settings, "jdbc:postgresql://localhost/web"))
                .containsEntry("DISCLOSURE_SIGN_OFF_AGENCIES", DemoYear.SIGN_OFF_AGENCY);
    }

    @Test
    void theUsersSettingIsPassedThroughEvenEmpty() {
        LauncherSettings theirs = settings(Map.of("DISCLOSURE_SIGN_OFF_AGENCIES", "示范市生态环境局, 某市交通运输局"));
        assertThat(theirs.signOffAgencies()).isEqualTo("示范市生态环境局, 某市交通运输局");
        assertThat(theirs.signOff().agencies()).isEqualTo(Set.of("示范市生态环境局", "某市交通运输局"));
        LauncherSettings none = settings(Map.of("DISCLOSURE_SIGN_OFF_AGENCIES", ""));
        assertThat(none.signOffAgencies()).isEmpty();
        assertThat(none.signOff().agencies()).isEmpty();
    }
}
