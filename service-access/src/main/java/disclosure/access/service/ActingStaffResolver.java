package disclosure.access.service;

import disclosure.access.StaffIdentity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A controller parameter of type {@link StaffIdentity} is the member of staff whose token came with the request,
 * and a {@code String} one marked {@link ActingUser} their user id: the only source of "who did this" on every
 * event the services record.
 */
public class ActingStaffResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return StaffIdentity.class.equals(parameter.getParameterType())
                || String.class.equals(parameter.getParameterType()) && parameter.hasParameterAnnotation(ActingUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binders) {
        StaffIdentity staff = StaffTokenFilter.identityOf(request.getNativeRequest(HttpServletRequest.class));
        if (staff == null) {
            throw new AccessDeniedProblem(AccessRule.NOT_AUTHENTICATED, "未登录：请求须带身份令牌",
                    "no token: send Authorization: Bearer <staff token>");
        }
        return parameter.getParameterType().equals(String.class) ? staff.userId() : staff;
    }
}
