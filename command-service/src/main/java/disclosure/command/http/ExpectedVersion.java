package disclosure.command.http;

import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;

/** Reads the {@code If-Match} header: the application version the client last saw, as an ETag or a bare number. */
final class ExpectedVersion {
    private ExpectedVersion() {
    }

    static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new RuleViolation(Rule.INVALID_VALUE, "If-Match 应为申请的版本号（非负整数），而不是“" + ifMatch + "”",
                    "If-Match must be the application version (a non-negative integer), not '" + ifMatch + "'");
        }
    }
}
