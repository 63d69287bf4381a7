package disclosure.command.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import disclosure.command.application.Rule;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problem bodies written by the servlet filters, which answer before Spring MVC (and {@link ProblemResponses}) is
 * reached: the same RFC 7807 fields, in Chinese and English.
 */
final class FilterProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterProblems() {
    }

    static void write(HttpServletResponse response, Rule rule, String detailZh, String detailEn)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:disclosure:problem:" + rule.slug());
        body.put("title", rule.titleZh());
        body.put("status", rule.status());
        body.put("detail", detailZh);
        body.put("code", rule.name());
        body.put("title_en", rule.titleEn());
        body.put("detail_en", detailEn);
        response.setStatus(rule.status());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
