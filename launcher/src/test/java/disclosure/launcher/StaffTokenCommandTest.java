package disclosure.launcher;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffTokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ./run.sh token}: a token the services accept, for the user, roles and agency asked for. */
class StaffTokenCommandTest {
    private static final String SECRET = "a-secret-for-the-token-command-test";
    private static final Map<String, String> ENVIRONMENT = Map.of("DISCLOSURE_TOKEN_SECRET", SECRET);

    @Test
    void theTokenCarriesTheUserRolesAndAgencyAndIsSignedWithTheSharedSecret() {
        String token = StaffTokenCommand.token(new String[]{"li.si", "handler,SUPERVISOR", "某市交通运输局"}, ENVIRONMENT);
        StaffIdentity staff = new StaffTokens(SECRET, Duration.ofMinutes(1), Clock.systemUTC()).verify(token);
        assertThat(staff.userId()).isEqualTo("li.si");
        assertThat(staff.roles()).isEqualTo(Set.of(Role.HANDLER, Role.SUPERVISOR));
        assertThat(staff.agency()).isEqualTo("某市交通运输局");
    }

    @Test
    void anUnknownRoleOrAnAgencylessHandlerIsRefusedWithTheReason() {
        assertThatThrownBy(() -> StaffTokenCommand.token(new String[]{"li.si", "BOSS"}, ENVIRONMENT))
                .hasMessageContaining("BOSS").hasMessageContaining("HANDLER");
        assertThatThrownBy(() -> StaffTokenCommand.token(new String[]{"li.si", "HANDLER"}, ENVIRONMENT))
                .hasMessageContaining("全市");
        assertThatThrownBy(() -> StaffTokenCommand.token(new String[]{"li.si"}, ENVIRONMENT))
                .hasMessageContaining("usage");
    }
}
