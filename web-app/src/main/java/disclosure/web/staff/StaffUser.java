package disclosure.web.staff;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;

import java.util.Set;

/** 用户: one member of staff as stored; {@code agency} null is 全市. */
public record StaffUser(String username, String displayName, String passwordHash, String agency, Set<Role> roles,
                        boolean enabled) {

    public StaffIdentity identity() {
        return new StaffIdentity(username, displayName, agency, roles);
    }
}
