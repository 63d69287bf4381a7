package disclosure.access.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** A call refused for who is calling: the rule broken and why, in Chinese for staff and English for integrators. */
public class AccessDeniedProblem extends RuntimeException {
    private final AccessRule rule;
    private final String detailEn;

    public AccessDeniedProblem(AccessRule rule, String detailZh, String detailEn) {
        super(detailZh);
        this.rule = rule;
        this.detailEn = detailEn;
    }

    public AccessRule rule() {
        return rule;
    }

    public String detailEn() {
        return detailEn;
    }

    /** The RFC 7807 body, with the same fields as every other problem the services answer. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:disclosure:problem:" + rule.slug());
        body.put("title", rule.titleZh());
        body.put("status", rule.status());
        body.put("detail", getMessage());
        body.put("code", rule.name());
        body.put("title_en", rule.titleEn());
        body.put("detail_en", detailEn);
        return body;
    }
}
