package disclosure.access;

/**
 * 个人信息 masking (个人信息保护法): how an applicant's ID number, phone, address and e-mail are shown to someone who
 * may not see them in full. Enough is kept for a reader to tell two applicants apart, never enough to identify one.
 */
public final class PersonalData {
    private static final char MASK = '*';

    private PersonalData() {
    }

    /** 110101199001011234 → 110101********1234; short numbers keep only their last character. */
    public static String idNumber(String value) {
        return keep(value, 6, 4);
    }

    /** 13800001234 → 138****1234. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /** Only the first six characters (the district, as a rule): 北京市东城区****. */
    public static String address(String value) {
        if (blank(value)) {
            return value;
        }
        return value.codePointCount(0, value.length()) <= 6 ? "****" : prefix(value, 6) + "****";
    }

    /** zhangsan@example.cn → z***@example.cn. */
    public static String email(String value) {
        if (blank(value)) {
            return value;
        }
        int at = value.indexOf('@');
        return at <= 0 ? "****" : value.charAt(0) + "***" + value.substring(at);
    }

    private static String keep(String value, int head, int tail) {
        if (blank(value)) {
            return value;
        }
        int length = value.length();
        if (length <= head + tail) {
            return String.valueOf(MASK).repeat(Math.max(length - 1, 1)) + value.charAt(length - 1);
        }
        return value.substring(0, head) + String.valueOf(MASK).repeat(length - head - tail)
                + value.substring(length - tail);
    }

    private static String prefix(String value, int codePoints) {
        return value.substring(0, value.offsetByCodePoints(0, codePoints));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
