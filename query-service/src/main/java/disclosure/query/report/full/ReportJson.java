package disclosure.query.report.full;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON form of a report that is stored and compared: fields in declaration order, maps in their own
 * (table) order, instants as ISO text. Generating the same report twice gives the same bytes.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // derived values written for readers (e.g. table 二's column labels) are not read back
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ReportJson() {
    }

    public static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of what the tables say: tables 二, 三 and 四, the fees and the checks. */
    public static byte[] tables(FullReport report) {
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("table2", report.table2());
        tables.put("table3", report.table3());
        tables.put("table4", report.table4());
        tables.put("fees", report.fees());
        tables.put("checks", report.checks());
        return bytes(tables);
    }

    public static FullReport read(String json) {
        try {
            return JSON.readValue(json, FullReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report is not readable", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
