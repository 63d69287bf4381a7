package disclosure.faults.support;

import java.net.http.HttpRequest;

/**
 * Who sends a request: the one place where the suite says how a client identifies itself. Today that is the
 * acting user in {@code X-User-Id}; when login arrives (Spring Security), the session or token goes here too and
 * every scenario, the hostile corpus included, sends it.
 */
public record Client(String userId) {

    public static Client staff(String userId) {
        return new Client(userId);
    }

    /** A client that says nothing about who it is. */
    public static Client anonymous() {
        return new Client(null);
    }

    /** Adds this client's identity to a request. */
    public HttpRequest.Builder identify(HttpRequest.Builder request) {
        return userId == null ? request : request.header("X-User-Id", userId);
    }
}
