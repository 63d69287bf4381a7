package disclosure.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the logged-in member of staff as the web application knows them and as the signed token carries
 * them to the services.
 *
 * @param userId      the login name, recorded as {@code by} on every event (letters, digits, {@code ._:-})
 * @param displayName the name shown on pages
 * @param agency      the agency whose applications the user sees; null for 全市 (the whole city, roll-up roles only)
 * @param roles       at least one
 */
public record StaffIdentity(String userId, String displayName, String agency, Set<Role> roles) {
    public static final String USER_ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    public StaffIdentity {
        Objects.requireNonNull(userId, "userId");
        if (!userId.matches(USER_ID_PATTERN)) {
            throw new IllegalArgumentException("用户名只能由字母、数字和 ._:- 组成，最长64个字符 / invalid user id");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("用户至少要有一个角色 / a user needs a role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (agency == null && roles.stream().noneMatch(Role::mayRollUp)) {
            throw new IllegalArgumentException("只有统计员和管理员可以不隶属于某一机关（全市） / only roll-up roles may "
                    + "span all agencies");
        }
    }

    public boolean may(StaffAction action) {
        return action.allowedTo(roles);
    }

    /** Whether this user sees applications of {@code applicationAgency}: their own agency, or every one for 全市. */
    public boolean sees(String applicationAgency) {
        return agency == null || agency.equals(applicationAgency);
    }

    public boolean citywide() {
        return agency == null;
    }

    /** Whether this user may do {@code action} on an application of {@code applicationAgency}. */
    public boolean may(StaffAction action, String applicationAgency) {
        return may(action) && sees(applicationAgency);
    }
}
