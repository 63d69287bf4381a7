package disclosure.web.security;

import disclosure.access.StaffAction;
import disclosure.access.StaffIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of this request, and the checks every page makes before it acts or shows anything. */
public final class CurrentStaff {
    private CurrentStaff() {
    }

    public static StaffIdentity identity() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            throw new AccessDeniedException("未登录");
        }
        return principal.identity();
    }

    /** @throws AccessDeniedException (403) naming the action, if no role of the user allows it */
    public static StaffIdentity require(StaffAction action) {
        StaffIdentity identity = identity();
        if (!identity.may(action)) {
            throw new AccessDeniedException("您的角色无权" + action.label());
        }
        return identity;
    }

    /** @throws AccessDeniedException (403) if the action is not allowed, or the application is another agency's */
    public static StaffIdentity require(StaffAction action, String applicationAgency) {
        StaffIdentity identity = require(action);
        if (!identity.sees(applicationAgency)) {
            throw new AccessDeniedException("您只能处理本机关（" + identity.agency() + "）的申请");
        }
        return identity;
    }
}
