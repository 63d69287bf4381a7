package disclosure.access;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffTokensTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef-test";
    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");
    private static final StaffIdentity HANDLER = new StaffIdentity("li.si", "李四", "某市交通运输局",
            Set.of(Role.HANDLER, Role.SUPERVISOR));

    private static StaffTokens tokensAt(Instant instant) {
        return new StaffTokens(SECRET, Duration.ofMinutes(5), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenCarriesTheUserTheirAgencyAndRoles() {
        StaffTokens tokens = tokensAt(NOW);
        assertThat(tokens.verify(tokens.issue(HANDLER))).isEqualTo(HANDLER);
    }

    @Test
    void aCitywideUserTravelsWithoutAnAgency() {
        StaffIdentity statistician = new StaffIdentity("wang", "王五", null, Set.of(Role.STATISTICIAN));
        StaffTokens tokens = tokensAt(NOW);
        assertThat(tokens.verify(tokens.issue(statistician)).agency()).isNull();
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String token = tokensAt(NOW).issue(HANDLER);
        assertThat(tokensAt(NOW.plusSeconds(299)).verify(token)).isEqualTo(HANDLER);
        assertThatThrownBy(() -> tokensAt(NOW.plusSeconds(300)).verify(token))
                .isInstanceOf(StaffTokens.InvalidTokenException.class).hasMessageContaining("已过期");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String forged = new StaffTokens("another-secret-of-at-least-32-bytes!!", Duration.ofMinutes(5),
                Clock.fixed(NOW, ZoneOffset.UTC)).issue(HANDLER);
        assertThatThrownBy(() -> tokensAt(NOW).verify(forged))
                .isInstanceOf(StaffTokens.InvalidTokenException.class).hasMessageContaining("签名无效");
    }

    @Test
    void changingTheClaimsBreaksTheSignature() {
        String[] parts = tokensAt(NOW).issue(HANDLER).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("某市交通运输局", "某市生态环境局");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> tokensAt(NOW).verify(tampered))
                .isInstanceOf(StaffTokens.InvalidTokenException.class).hasMessageContaining("签名无效");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = tokensAt(NOW).issue(HANDLER).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> tokensAt(NOW).verify(none + "." + parts[1] + "."))
                .isInstanceOf(StaffTokens.InvalidTokenException.class).hasMessageContaining("签名算法");
    }

    @Test
    void garbageIsRefusedWithAClearReason() {
        assertThatThrownBy(() -> tokensAt(NOW).verify("not-a-token"))
                .isInstanceOf(StaffTokens.InvalidTokenException.class).hasMessageContaining("格式不正确");
        assertThatThrownBy(() -> tokensAt(NOW).verify("e30.e30.***"))
                .isInstanceOf(StaffTokens.InvalidTokenException.class);
        assertThatThrownBy(() -> tokensAt(NOW).verify(null))
                .isInstanceOf(StaffTokens.InvalidTokenException.class).hasMessageContaining("缺少身份令牌");
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new StaffTokens("short", Duration.ofMinutes(5), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
    }
}
