package disclosure.command.http;

import disclosure.command.application.Rule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Caps request bodies: {@code disclosure.http.max-body-bytes} (default 64 KB) for commands, which never need more,
 * and {@code disclosure.http.max-import-bytes} (default 512 MB) for a ledger import. A huge body must not tie up
 * the service. Declared lengths are refused at once; chunked bodies when they pass the cap.
 */
@Component
public class RequestSizeLimitFilter extends OncePerRequestFilter {
    private final long commandLimit;
    private final long importLimit;

    public RequestSizeLimitFilter(@Value("${disclosure.http.max-body-bytes:65536}") long commandLimit,
                                  @Value("${disclosure.http.max-import-bytes:536870912}") long importLimit) {
        this.commandLimit = commandLimit;
        this.importLimit = importLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().equals("/api/import")
                || request.getRequestURI().equals("/api/proactive/import") ? importLimit : commandLimit;
        if (request.getContentLengthLong() > limit) {
            FilterProblems.write(response, Rule.REQUEST_TOO_LARGE, "请求内容不得超过 " + limit / 1024 + " KB",
                    "the request body may not exceed " + limit / 1024 + " KB");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
