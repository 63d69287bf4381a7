package disclosure.command.http;

import disclosure.command.application.Rule;
import disclosure.command.application.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;

import java.util.function.LongSupplier;

/** Reads the {@code If-Match} header: the application version the client last saw, as an ETag or a bare number. */
final class ExpectedVersion {
    private ExpectedVersion() {
    }

    /**
     * A command refused by a rule, sent with a version the application has moved past, is answered 409: the client
     * decided on a state that no longer holds (a handler who lost a race learns that, not the winner's rule verdict).
     * Axon itself compares the versions only once the handler has run, and a handler that throws never gets there.
     */
    static RuntimeException staleOr(RuntimeException failure, Long expected, LongSupplier currentVersion) {
        boolean refusedByRule = failure instanceof RuleViolation
                || failure.getCause() instanceof RuleViolation && failure instanceof CommandExecutionException;
        if (expected != null && refusedByRule && currentVersion.getAsLong() > expected) {
            return new RuleViolation(Rule.VERSION_CONFLICT, "申请已被他人修改（当前版本 " + currentVersion.getAsLong()
                    + "，请求基于版本 " + expected + "），请刷新后重试",
                    "the application changed since version " + expected + " (now " + currentVersion.getAsLong()
                            + "); reload and retry");
        }
        return failure;
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
