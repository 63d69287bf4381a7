package disclosure.faults.support;

import disclosure.testsupport.TestStaff;

import java.net.http.HttpRequest;

/**
 * Who sends a request: the one place where the suite says how a client identifies itself — a staff token
 * ({@code Authorization: Bearer}, signed with the secret the services under test share), as the web application
 * sends it. Every scenario, the hostile corpus included, goes through here.
 *
 * @param userId        the member of staff, or null
 * @param authorization the {@code Authorization} header sent, or null for none
 */
public record Client(String userId, String authorization) {

    /** A member of staff holding every role, for every agency (全市). */
    public static Client staff(String userId) {
        return new Client(userId, TestStaff.bearer(userId));
    }

    /** A client that says nothing about who it is. */
    public static Client anonymous() {
        return new Client(null, null);
    }

    /** Adds this client's identity to a request. */
    public HttpRequest.Builder identify(HttpRequest.Builder request) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}
