package disclosure.command.http;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;

/**
 * Requests Tomcat refuses before they reach the application (an encoded slash or a broken escape in the path, a
 * malformed header) are answered with a problem body like every other error, instead of Tomcat's HTML page.
 */
@Component
public class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, written as an RFC 7807 problem in Chinese and English. */
    public static class ProblemValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(("{\"type\":\"urn:disclosure:problem:http-%d\",\"title\":\"请求地址或请求头无效\","
                            + "\"status\":%d,\"detail\":\"请求地址或请求头的格式无效（例如路径中含编码的斜杠），请求未被处理\","
                            + "\"code\":\"HTTP_%d\",\"title_en\":\"Malformed request\",\"detail_en\":\"the request line "
                            + "or a header is malformed (an encoded slash in the path, say); nothing was done\"}")
                            .formatted(status, status, status));
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone; nothing more to say
            }
        }
    }
}
