package disclosure.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * 会话超时: a session unused for longer than {@code server.servlet.session.timeout} (default 30 minutes) ends, and
 * the next request — a page or a form — goes to the login page saying so. Measured with the application's
 * {@link Clock}, before Spring Security sees the request; the servlet container's own expiry of the same length
 * remains as the backstop that frees the memory.
 */
@Component
@Order(-101) // before Spring Security's filter chain (-100)
public class SessionIdleTimeout extends OncePerRequestFilter {
    static final String LAST_SEEN = SessionIdleTimeout.class.getName() + ".lastSeen";

    private final Clock clock;
    private final Duration timeout;

    public SessionIdleTimeout(Clock clock, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Instant now = clock.instant();
        if (session != null) {
            Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
            if (lastSeen != null && now.isAfter(lastSeen.plus(timeout))) {
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
        HttpSession after = request.getSession(false);
        if (after != null) {
            after.setAttribute(LAST_SEEN, now);
        }
    }
}
