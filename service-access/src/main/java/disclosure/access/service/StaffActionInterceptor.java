package disclosure.access.service;

import disclosure.access.Role;
import disclosure.access.StaffIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.stream.Collectors;

/**
 * Before an {@code /api} endpoint runs: the caller's roles must include its {@link Requires action}, else 403.
 * An endpoint without {@link Requires} is refused to everybody, so one forgotten never opens a hole.
 */
public class StaffActionInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        StaffIdentity staff = StaffTokenFilter.identityOf(request);
        if (staff == null || !(handler instanceof HandlerMethod method)) {
            return true; // an open path, or not a controller (static resources, error pages)
        }
        Requires requires = method.getMethodAnnotation(Requires.class);
        if (requires == null) {
            throw new AccessDeniedProblem(AccessRule.ACTION_NOT_ALLOWED, "此接口未设定可使用的角色，任何人都不能调用",
                    "this endpoint names no action, so nobody may call it");
        }
        if (!staff.may(requires.value())) {
            throw new AccessDeniedProblem(AccessRule.ACTION_NOT_ALLOWED,
                    "「" + requires.value().label() + "」只能由" + labels(requires) + "进行，您的角色是"
                            + staff.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")),
                    requires.value().name() + " is for " + requires.value().roles().stream().map(Role::name)
                            .sorted().collect(Collectors.joining(", ")) + " only; you are "
                            + staff.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
        }
        return true;
    }

    private static String labels(Requires requires) {
        return requires.value().roles().stream().map(Role::label).sorted().collect(Collectors.joining("、"));
    }
}
