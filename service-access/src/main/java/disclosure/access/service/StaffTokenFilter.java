package disclosure.access.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Every call to {@code /api} must carry a staff token ({@code Authorization: Bearer …}, issued by the web
 * application at login and signed with the secret the three share): without a valid one the answer is 401 and the
 * request goes no further. The verified member of staff is kept on the request ({@link #identityOf}). Paths in
 * {@code disclosure.security.open-paths} (the service's status) need no token.
 */
public class StaffTokenFilter extends OncePerRequestFilter {
    static final String IDENTITY_ATTRIBUTE = StaffIdentity.class.getName();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEARER = "Bearer ";

    private final StaffTokens tokens;
    private final List<String> openPaths;

    public StaffTokenFilter(StaffTokens tokens, List<String> openPaths) {
        this.tokens = tokens;
        this.openPaths = List.copyOf(openPaths);
    }

    /** The member of staff whose verified token came with this request, or null (an open path). */
    public static StaffIdentity identityOf(HttpServletRequest request) {
        return (StaffIdentity) request.getAttribute(IDENTITY_ATTRIBUTE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/api") || path.startsWith("/api/")) || openPaths.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        StaffIdentity staff;
        try {
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new StaffTokens.InvalidTokenException("未登录：请求须带身份令牌（Authorization: Bearer）",
                        "no token: send Authorization: Bearer <staff token>");
            }
            staff = tokens.verify(header.substring(BEARER.length()).strip());
        } catch (StaffTokens.InvalidTokenException e) {
            AccessDeniedProblem problem = new AccessDeniedProblem(AccessRule.NOT_AUTHENTICATED,
                    e.getMessage() + "；未执行任何操作", e.messageEn() + "; nothing was done");
            response.setStatus(problem.rule().status());
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(problem.body()));
            return;
        }
        request.setAttribute(IDENTITY_ATTRIBUTE, staff);
        chain.doFilter(request, response);
    }
}
