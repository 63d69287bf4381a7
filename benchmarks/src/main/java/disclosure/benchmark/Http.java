package disclosure.benchmark;

import disclosure.testsupport.TestStaff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Blocking HTTP/1.1 calls with kept-alive connections. The load generator shares the two cores with the system it
 * measures, so it uses the leanest client the JDK has (the asynchronous {@code java.net.http} client costs several
 * times more CPU per request).
 */
final class Http {
    /** The benchmark acts as one member of staff of the whole city, as the web application would send them. */
    private static final String AUTHORIZATION = TestStaff.bearer("benchmark-01");

    static {
        // Enough idle connections kept for every concurrent caller of the lag phase.
        System.setProperty("http.maxConnections", "512");
    }

    private Http() {
    }

    record Response(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    static {
        // Keep-alive for every client thread of the lag phase, not the JDK's default of 5 idle connections per
        // server: a connection opened for every command costs the services as much as the command itself.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "512");
        }
    }

    static Response get(String url, Duration timeout) {
        HttpURLConnection connection = open(url, timeout);
        return read(connection);
    }

    static Response postJson(String url, String json, Duration timeout) {
        HttpURLConnection connection = open(url, timeout);
        try {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            return read(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        }
    }

    /** Sends the stream as a chunked request body, read while it is sent (a ledger never held whole). */
    static Response postNdjson(String url, InputStream body, Duration timeout) {
        HttpURLConnection connection = open(url, timeout);
        try {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/x-ndjson");
            connection.setChunkedStreamingMode(1 << 16);
            try (OutputStream out = connection.getOutputStream()) {
                body.transferTo(out);
            }
            return read(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        }
    }

    private static HttpURLConnection open(String url, Duration timeout) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestProperty("Authorization", AUTHORIZATION);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout((int) timeout.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        }
    }

    /** Reads the whole answer, error or not, so that the connection goes back to the pool. */
    private static Response read(HttpURLConnection connection) {
        try {
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (in != null) {
                try (in) {
                    in.transferTo(body);
                }
            }
            return new Response(status, body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(connection.getURL().toString(), e);
        }
    }
}
