package disclosure.command.http;

import disclosure.command.application.Rule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import disclosure.access.StaffIdentity;
import disclosure.access.service.StaffTokenFilter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request rate limit (限流) on the commands and the ledger import, per client: a client that floods intake gets
 * 429 with {@code Retry-After} and a problem body once it has used its burst, while everyone else's commands go
 * through at their usual speed. A client is the member of staff whose token came with the request (checked before
 * this filter), or its address when it carries none. Each client has a bucket of {@code disclosure.http.rate-limit.burst}
 * requests (default 60) that refills at {@code disclosure.http.rate-limit.per-second} (default 30) — far above what
 * a member of staff types, well below what a runaway script sends. {@code per-second} 0 switches the limit off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class CommandRateLimitFilter extends OncePerRequestFilter {
    private static final int MAX_CLIENTS = 10_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public CommandRateLimitFilter(@Value("${disclosure.http.rate-limit.per-second:30}") double perSecond,
                                  @Value("${disclosure.http.rate-limit.burst:60}") double burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
    }

    /** Tokens left and when they were last counted; one request takes one token. */
    private static final class Bucket {
        private double tokens;
        private long countedAtNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.countedAtNanos = now;
        }

        /** Takes a token if there is one; otherwise the seconds until there will be. */
        synchronized double take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - countedAtNanos) / 1e9 * perSecond);
            countedAtNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }

        synchronized boolean idleSince(long now, double perSecond, double burst) {
            return tokens + (now - countedAtNanos) / 1e9 * perSecond >= burst;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return perSecond <= 0 || !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now, perSecond, burst));
        }
        StaffIdentity staff = StaffTokenFilter.identityOf(request);
        String client = staff != null ? "user:" + staff.userId() : "address:" + request.getRemoteAddr();
        double wait = buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now, perSecond, burst);
        if (wait > 0) {
            long seconds = (long) Math.ceil(wait);
            response.setHeader("Retry-After", Long.toString(seconds));
            FilterProblems.write(response, Rule.TOO_MANY_REQUESTS,
                    "请求过于频繁：每个用户每秒最多 " + format(perSecond) + " 个请求（可短时连续 " + format(burst)
                            + " 个），请于 " + seconds + " 秒后重试；未保存任何内容",
                    "too many requests: at most " + format(perSecond) + " per second per user (bursts of "
                            + format(burst) + "); retry in " + seconds + " s; nothing was stored");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
