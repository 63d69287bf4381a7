package disclosure.faults.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.faults.support.Api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated corpus of hostile and malformed requests, every one of which must be refused: for each command
 * endpoint, each field missing, of the wrong type, out of range, an impossible date, an unknown code, oversized or
 * carrying an injection string where only an id, a date, a number or a code belongs; and for every endpoint broken
 * JSON, invalid UTF-8, absurd nesting, huge bodies, unknown fields, wrong content types and methods, forged or
 * missing user ids, garbage in If-Match and Idempotency-Key, and hostile path ids. Free text is not in this corpus:
 * an injection string is legitimate text there, stored as it is and escaped where it is shown
 * ({@link HostileInputTest}). Requests name no sender; the test sends each as a {@code Client}, the one place
 * where credentials will be added when login arrives.
 */
final class HostileCorpus {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE domain_event_entry; --",
            "<script>alert('xss')</script>", "\"><img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/a}",
            "../../../../etc/passwd", "%00", "{{7*7}}");

    /**
     * One hostile request. {@code userId} null: no staff token of the suite's (none at all, or the forged one in
     * {@code headers}).
     */
    record Case(String name, String method, String path, String contentType, byte[] body, String userId,
                Map<String, String> headers) {}

    /** The kinds of field, each with its own ways of being wrong. */
    /** {@code DATE}: of an application, so not before the 2019 条例; {@code RECORD_DATE}: any real past day. */
    private enum Kind { TEXT, DATE, RECORD_DATE, INT, DECIMAL, ENUM, ID, OBJECT }

    private record Field(String name, Kind kind, boolean required, int maxLength) {}

    private record Endpoint(String path, ObjectNode valid, List<Field> fields) {}

    private HostileCorpus() {
    }

    static List<Case> commandCases(String applicationId, String today, String staffUser) {
        List<Case> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints(applicationId, today)) {
            for (Field field : endpoint.fields()) {
                for (Map.Entry<String, JsonNode> wrong : wrongValues(field).entrySet()) {
                    ObjectNode body = endpoint.valid().deepCopy();
                    if (wrong.getValue() == null) {
                        body.remove(field.name());
                    } else {
                        body.set(field.name(), wrong.getValue());
                    }
                    cases.add(json(endpoint.path(), field.name() + " " + wrong.getKey(), body.toString(), staffUser));
                }
            }
            cases.addAll(generic(endpoint, staffUser));
        }
        return cases;
    }

    private static Case json(String path, String name, String body, String user) {
        return new Case("POST " + path + ": " + name, "POST", path, "application/json",
                body.getBytes(StandardCharsets.UTF_8), user, Map.of());
    }

    private static Map<String, JsonNode> wrongValues(Field field) {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        if (field.required()) {
            wrong.put("missing", null);
            wrong.put("null", NODES.nullNode());
        }
        wrong.put("as array", NODES.arrayNode().add("x"));
        wrong.put("as object", NODES.objectNode().put("x", 1));
        wrong.put("as boolean", NODES.booleanNode(true));
        switch (field.kind()) {
            case TEXT -> {
                wrong.put("as number", NODES.numberNode(12345));
                wrong.put("one character too long", NODES.textNode("长".repeat(field.maxLength() + 1)));
                wrong.put("with a NUL character", NODES.textNode("正常文本\u0000隐藏"));
                if (field.required()) {
                    wrong.put("blank", NODES.textNode("   "));
                }
            }
            case DATE, RECORD_DATE -> {
                for (String date : List.of("2023-02-30", "2024-13-01", "2024-02-29T08:00:00", "24-1-1", "",
                        "yesterday", "２０２４-０１-０１", "0000-00-00", "9999-12-31", "+999999999-12-31")) {
                    wrong.put("'" + date + "'", NODES.textNode(date));
                }
                if (field.kind() == Kind.DATE) {
                    wrong.put("'2019-05-14'", NODES.textNode("2019-05-14"));
                }
                wrong.put("as number", NODES.numberNode(20240101));
                INJECTIONS.forEach(text -> wrong.put("injection " + text, NODES.textNode(text)));
            }
            case INT -> {
                for (long number : new long[]{-1, 0, 21, 2_147_483_648L, Long.MIN_VALUE}) {
                    wrong.put(Long.toString(number), NODES.numberNode(number));
                }
                wrong.put("1e308", NODES.numberNode(1e308));
                wrong.put("10.5", NODES.numberNode(10.5));
                wrong.put("'10' as text", NODES.textNode("10"));
                wrong.put("'NaN'", NODES.textNode("NaN"));
                INJECTIONS.forEach(text -> wrong.put("injection " + text, NODES.textNode(text)));
            }
            case DECIMAL -> {
                for (String number : List.of("-1", "0", "0.001", "1e20", "12345678901.5")) {
                    wrong.put(number, NODES.numberNode(new java.math.BigDecimal(number)));
                }
                wrong.put("'12.5' as text", NODES.textNode("12.5"));
                wrong.put("'NaN'", NODES.textNode("NaN"));
                INJECTIONS.forEach(text -> wrong.put("injection " + text, NODES.textNode(text)));
            }
            case ENUM -> {
                for (String code : List.of("CARRIER_PIGEON", "", "7.1", "in_person", "0")) {
                    wrong.put("'" + code + "'", NODES.textNode(code));
                }
                wrong.put("as number", NODES.numberNode(1));
                INJECTIONS.forEach(text -> wrong.put("injection " + text, NODES.textNode(text)));
            }
            case ID -> {
                wrong.put("65 characters", NODES.textNode("a".repeat(65)));
                wrong.put("with a space", NODES.textNode("a b"));
                wrong.put("as number", NODES.numberNode(7));
                INJECTIONS.forEach(text -> wrong.put("injection " + text, NODES.textNode(text)));
            }
            case OBJECT -> {
                wrong.put("as text", NODES.textNode("2024-03-01"));
                wrong.put("empty", NODES.objectNode());
                wrong.put("with an unknown field", NODES.objectNode().put("role", "admin"));
            }
        }
        return wrong;
    }

    /** What is wrong with any endpoint, whatever its fields. */
    private static List<Case> generic(Endpoint endpoint, String user) {
        String path = endpoint.path();
        String valid = endpoint.valid().toString();
        List<Case> cases = new ArrayList<>();
        for (String broken : List.of("{", "{\"a\":", "[]", "null", "\"text\"", "123", "", "{\"a\" 1}", "{'a': 1}",
                "{\"a\": 1} trailing", valid.substring(0, valid.length() / 2))) {
            cases.add(json(path, "broken JSON " + broken, broken, user));
        }
        byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, invalid, 0, 2);
        invalid[2] = (byte) 0xC3;
        invalid[3] = (byte) 0x28;
        System.arraycopy(utf8, 2, invalid, 4, utf8.length - 2);
        cases.add(new Case("POST " + path + ": invalid UTF-8", "POST", path, "application/json", invalid, user,
                Map.of()));
        cases.add(new Case("POST " + path + ": lone surrogate bytes", "POST", path, "application/json",
                ("{\"x\": \"" + new String(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, StandardCharsets.ISO_8859_1)
                        + "\"}").getBytes(StandardCharsets.ISO_8859_1), user, Map.of()));
        cases.add(json(path, "nested 20,000 deep", "[".repeat(20_000) + "]".repeat(20_000), user));
        cases.add(json(path, "a number of 5,000 digits", "{\"x\": " + "9".repeat(5_000) + "}", user));
        cases.add(json(path, "body of 70 KB", "{\"x\": \"" + "a".repeat(70 * 1024) + "\"}", user));
        cases.add(json(path, "body of 2 MB", "{\"x\": \"" + "长".repeat(700_000) + "\"}", user));
        ObjectNode unknown = endpoint.valid().deepCopy();
        unknown.put("isAdmin", true);
        cases.add(json(path, "an unknown field", unknown.toString(), user));
        ObjectNode duplicate = endpoint.valid().deepCopy();
        cases.add(json(path, "the body twice", duplicate + duplicate.toString(), user));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            cases.add(new Case("POST " + path + ": content type " + type, "POST", path, type,
                    valid.getBytes(StandardCharsets.UTF_8), user, Map.of()));
        }
        cases.add(new Case("POST " + path + ": no token", "POST", path, "application/json",
                valid.getBytes(StandardCharsets.UTF_8), null, Map.of()));
        for (Map.Entry<String, String> forged : ForgedTokens.ALL.entrySet()) {
            cases.add(new Case("POST " + path + ": " + forged.getKey(), "POST", path, "application/json",
                    valid.getBytes(StandardCharsets.UTF_8), null, Map.of("Authorization", forged.getValue())));
        }
        boolean application = path.startsWith("/api/applications/");
        if (application) {
            for (String ifMatch : List.of("abc", "-1", "99999999999999999999", "\"1' OR 1=1\"", "W/\"x\"")) {
                cases.add(new Case("POST " + path + ": If-Match " + ifMatch, "POST", path, "application/json",
                        valid.getBytes(StandardCharsets.UTF_8), user, Map.of("If-Match", ifMatch)));
            }
        }
        // Only the application commands take If-Match and Idempotency-Key (table 二's records are idempotent by
        // their own keys): elsewhere these headers are ignored and a valid body is rightly accepted.
        for (String key : List.of("short", "<script>alert(1)</script>", "a".repeat(101), "' OR '1'='1")) {
            if (application || path.equals("/api/applications")) {
                cases.add(new Case("POST " + path + ": Idempotency-Key " + key, "POST", path, "application/json",
                        valid.getBytes(StandardCharsets.UTF_8), user, Map.of("Idempotency-Key", key)));
            }
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            cases.add(new Case(method + " " + path, method, path, "application/json",
                    valid.getBytes(StandardCharsets.UTF_8), user, Map.of()));
        }
        return cases;
    }

    /** Paths with a hostile application id, on one endpoint of each shape. */
    static List<Case> hostilePathIds(String staffUser) {
        List<Case> cases = new ArrayList<>();
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "a".repeat(300),
                "00000000-0000-0000-0000-000000000000", "%00", "%E4%B8%AD", "%C3%28")) {
            for (String suffix : List.of("/answer", "/extension", "/reconsiderations/x/decision", "/answer-draft")) {
                String path = "/api/applications/" + id + suffix;
                cases.add(json(path, "hostile id", "{\"outcome\": \"1\", \"legalBasis\": \"条例\", \"answeredOn\": "
                        + "\"2024-01-02\"}", staffUser));
            }
        }
        return cases;
    }

    private static List<Endpoint> endpoints(String id, String today) {
        String base = "/api/applications/" + id;
        ObjectNode channelDates = NODES.objectNode().put("handedInOn", today);
        ObjectNode applicant = NODES.objectNode().put("name", "张三").put("idDocumentNumber", "110101199001011234");
        ObjectNode intake = NODES.objectNode().put("agency", "恶意输入测试局").put("channel", "IN_PERSON");
        intake.set("channelDates", channelDates);
        intake.put("category", "NATURAL_PERSON");
        intake.set("applicant", applicant);
        intake.put("requestedInformation", "信息").put("deliveryForm", "EMAIL");
        ObjectNode correctedDates = NODES.objectNode();
        correctedDates.set("channelDates", channelDates.deepCopy());
        correctedDates.put("reason", "登记错误");
        return List.of(
                new Endpoint("/api/applications", intake, List.of(text("agency", 100), enumField("channel"),
                        new Field("channelDates", Kind.OBJECT, true, 0), enumField("category"),
                        new Field("applicant", Kind.OBJECT, true, 0), text("requestedInformation", 4000),
                        enumField("deliveryForm"))),
                new Endpoint(base + "/supplement-request", body("noticeDate", today, "missingItems", "身份证明",
                        "supplementDueDate", today), List.of(date("noticeDate"), text("missingItems", 2000),
                        date("supplementDueDate"))),
                new Endpoint(base + "/supplement", body("receivedOn", today), List.of(date("receivedOn"))),
                new Endpoint(base + "/extension", body("workingDays", 10, "approvedBy", "主任", "decidedOn", today,
                        "reason", "调档"), List.of(new Field("workingDays", Kind.INT, true, 0), text("approvedBy", 100),
                        date("decidedOn"), text("reason", 1000))),
                new Endpoint(base + "/extension-request", body("workingDays", 10, "reason", "调档"),
                        List.of(new Field("workingDays", Kind.INT, true, 0), text("reason", 1000))),
                new Endpoint(base + "/extension-request/approve", body("decidedOn", today), List.of(date("decidedOn"))),
                new Endpoint(base + "/extension-request/decline", body("reason", "无需延期"),
                        List.of(text("reason", 1000))),
                new Endpoint(base + "/consultations", body("kind", "THIRD_PARTY", "consultedParty", "某公司",
                        "sentOn", today), List.of(new Field("consultationId", Kind.ID, false, 0), enumField("kind"),
                        text("consultedParty", 200), date("sentOn"))),
                new Endpoint(base + "/consultations/c-1/end", body("endedOn", today), List.of(date("endedOn"),
                        new Field("opinion", Kind.TEXT, false, 2000))),
                new Endpoint(base + "/reasons-request", body("requestedOn", today), List.of(date("requestedOn"),
                        new Field("note", Kind.TEXT, false, 1000))),
                new Endpoint(base + "/delayed-answer-date", body("answerBy", today, "decidedOn", today, "reason",
                        "理由"), List.of(date("answerBy"), date("decidedOn"), text("reason", 1000))),
                new Endpoint(base + "/fee-notice", body("amountYuan", 10, "issuedOn", today, "basis", "109号"),
                        List.of(new Field("amountYuan", Kind.DECIMAL, true, 0), date("issuedOn"), text("basis", 500))),
                new Endpoint(base + "/fee-payment", body("paidOn", today), List.of(date("paidOn"))),
                new Endpoint(base + "/answer", body("outcome", "1", "legalBasis", "条例第三十六条", "answeredOn", today),
                        List.of(enumField("outcome"), text("legalBasis", 500), date("answeredOn"),
                                new Field("summary", Kind.TEXT, false, 4000))),
                new Endpoint(base + "/answer-draft", body("outcome", "1", "legalBasis", "条例第三十六条", "answeredOn",
                        today), List.of(enumField("outcome"), text("legalBasis", 500), date("answeredOn"),
                        new Field("summary", Kind.TEXT, false, 4000))),
                new Endpoint(base + "/answer-draft/sign-off", body("answeredOn", today), List.of(date("answeredOn"))),
                new Endpoint(base + "/answer-draft/return", body("reason", "依据有误"), List.of(text("reason", 1000))),
                new Endpoint(base + "/withdrawal", body("withdrawnOn", today), List.of(date("withdrawnOn"),
                        new Field("reason", Kind.TEXT, false, 1000))),
                new Endpoint(base + "/reconsiderations", body("filedOn", today, "reviewBody", "市人民政府"),
                        List.of(new Field("appealId", Kind.ID, false, 0), date("filedOn"), text("reviewBody", 200))),
                new Endpoint(base + "/reconsiderations/r-1/decision", body("result", "UPHELD", "decidedOn", today),
                        List.of(enumField("result"), date("decidedOn"), new Field("details", Kind.TEXT, false, 4000))),
                new Endpoint(base + "/lawsuits", body("filedOn", today, "court", "区人民法院"), List.of(
                        new Field("appealId", Kind.ID, false, 0), date("filedOn"), text("court", 200),
                        new Field("reconsiderationId", Kind.ID, false, 0))),
                new Endpoint(base + "/lawsuits/l-1/decision", body("result", "UPHELD", "decidedOn", today),
                        List.of(enumField("result"), date("decidedOn"))),
                new Endpoint(base + "/corrections/category", body("category", "NATURAL_PERSON", "reason", "更正"),
                        List.of(enumField("category"), text("reason", 1000))),
                new Endpoint(base + "/corrections/receipt-date", correctedDates, List.of(
                        new Field("channelDates", Kind.OBJECT, true, 0), text("reason", 1000))),
                new Endpoint(base + "/corrections/outcome", body("outcome", "1", "legalBasis", "条例", "reason", "更正"),
                        List.of(enumField("outcome"), text("legalBasis", 500), text("reason", 1000))),
                new Endpoint("/api/proactive/documents", body("agency", "恶意输入测试局", "kind", "NORMATIVE_DOCUMENT",
                        "title", "关于某事项的通知", "documentNumber", "某发〔2024〕1号", "issuedOn", today),
                        List.of(text("agency", 100), enumField("kind"), text("title", 500),
                                text("documentNumber", 100), new Field("issuedOn", Kind.RECORD_DATE, true, 0))),
                new Endpoint("/api/proactive/documents/doc-1/repeal", body("repealedOn", today, "reason", "废止"),
                        List.of(new Field("repealedOn", Kind.RECORD_DATE, true, 0),
                                new Field("reason", Kind.TEXT, false, 1000))));
    }

    private static Field text(String name, int max) {
        return new Field(name, Kind.TEXT, true, max);
    }

    private static Field date(String name) {
        return new Field(name, Kind.DATE, true, 0);
    }

    private static Field enumField(String name) {
        return new Field(name, Kind.ENUM, true, 0);
    }

    private static ObjectNode body(Object... namesAndValues) {
        ObjectNode body = NODES.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.set((String) namesAndValues[i], Api.JSON.valueToTree(namesAndValues[i + 1]));
        }
        return body;
    }
}
