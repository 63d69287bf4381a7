package disclosure.faults.hostile;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffTokens;
import disclosure.testsupport.TestStaff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Authorization} headers that must not let anyone in: each is answered 401 and stores nothing. */
final class ForgedTokens {
    private static final StaffIdentity ADMIN = new StaffIdentity("forger", "forger", null, EnumSet.allOf(Role.class));
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    static final Map<String, String> ALL = forged();

    private ForgedTokens() {
    }

    private static Map<String, String> forged() {
        Map<String, String> forged = new LinkedHashMap<>();
        String valid = new StaffTokens(TestStaff.SECRET, Duration.ofHours(1), Clock.systemUTC()).issue(ADMIN);
        String[] parts = valid.split("\\.");
        forged.put("Bearer without a token", "Bearer");
        forged.put("Basic credentials instead of a token", "Basic YWRtaW46YWRtaW4=");
        forged.put("a token that is no token", "Bearer garbage");
        forged.put("an injection string as token", "Bearer ' OR '1'='1");
        forged.put("a token signed with another secret", "Bearer " + new StaffTokens(
                "some-other-secret-that-is-long-enough", Duration.ofHours(1), Clock.systemUTC()).issue(ADMIN));
        forged.put("an expired token", "Bearer " + new StaffTokens(TestStaff.SECRET, Duration.ofMinutes(5),
                Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC)).issue(ADMIN));
        forged.put("an unsigned token (alg none)", "Bearer " + encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + parts[1] + ".");
        forged.put("a token whose claims were changed after signing", "Bearer " + parts[0] + "."
                + encode("{\"sub\":\"forger\",\"roles\":[\"ADMINISTRATOR\"],\"exp\":4102444800}") + "." + parts[2]);
        return forged;
    }

    private static String encode(String json) {
        return BASE64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
