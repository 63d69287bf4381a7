package disclosure.web.security;

import disclosure.web.staff.StaffDirectory;
import disclosure.web.staff.StaffUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * On every request of a logged-in user: the account must still be as it was at login. A user the 管理员 disabled
 * (停用), or whose roles or agency changed, is logged out at their next click and sent to the login page, which says
 * why — a session never outlives the account it was opened with.
 */
class StaffAccountCheck extends OncePerRequestFilter {
    private final StaffDirectory directory;

    StaffAccountCheck(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            Optional<StaffUser> now = directory.find(principal.identity().userId());
            String reason = now.isEmpty() || !now.get().enabled() ? "disabled"
                    : !sameAccess(now.get(), principal) ? "changed" : null;
            if (reason != null) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?account=" + reason);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean sameAccess(StaffUser user, StaffPrincipal principal) {
        return Objects.equals(user.agency(), principal.identity().agency())
                && user.roles().equals(principal.identity().roles());
    }
}
