package disclosure.web.security;

import disclosure.web.WebProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 登录限制: after {@code maxFailures} failed logins for one user name within the lockout period, further attempts
 * are refused — even with the right password — until the period has passed since the last failure. Counted per
 * user name, so guessing one account's password is slowed whatever address the guesses come from.
 */
@Component
public class LoginThrottle {
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(WebProperties properties, Clock clock) {
        this.maxFailures = properties.login().maxFailures();
        this.lockout = properties.login().lockout();
        this.clock = clock;
    }

    public boolean locked(String username) {
        Deque<Instant> recent = recent(username);
        synchronized (recent) {
            return recent.size() >= maxFailures;
        }
    }

    public void failed(String username) {
        Deque<Instant> recent = recent(username);
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    public Duration lockout() {
        return lockout;
    }

    private Deque<Instant> recent(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        Instant since = clock.instant().minus(lockout);
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.removeFirst();
            }
        }
        return recent;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
