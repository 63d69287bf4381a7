package disclosure.testsupport;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffTokens;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Staff tokens for tests, signed with {@link #SECRET}, the secret every service under test is started with
 * ({@code disclosure.security.token-secret}). A test acts as a member of staff by sending
 * {@code Authorization: Bearer} with one of these, exactly as the web application does.
 */
public final class TestStaff {
    /** The token secret of every service a test starts. */
    public static final String SECRET = "the-token-secret-shared-by-services-under-test";
    private static final StaffTokens TOKENS = new StaffTokens(SECRET, Duration.ofHours(12), Clock.systemUTC());
    /** Every role, across the whole city (全市): for tests about something other than access. */
    private static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);

    private TestStaff() {
    }

    /** A token for {@code userId} holding every role for every agency. */
    public static String token(String userId) {
        return TOKENS.issue(new StaffIdentity(userId, userId, null, ALL_ROLES));
    }

    /** A token for {@code userId} of {@code agency} (null: 全市) with {@code roles}. */
    public static String token(String userId, String agency, Role first, Role... rest) {
        return TOKENS.issue(new StaffIdentity(userId, userId, agency, EnumSet.of(first, rest)));
    }

    /** The header value: {@code Bearer <token>}. */
    public static String bearer(String userId) {
        return "Bearer " + token(userId);
    }
}
