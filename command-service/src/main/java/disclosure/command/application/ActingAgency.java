package disclosure.command.application;

import java.util.Map;

/**
 * The agency of the member of staff who sent a command, carried in the command's metadata so that the application
 * itself refuses staff of another agency (本机关). Absent for 全市 staff and for the system's own commands
 * (deadlines, the ledger import), which may act on every application.
 */
public final class ActingAgency {
    public static final String METADATA_KEY = "actingAgency";

    private ActingAgency() {
    }

    /** The metadata for a command sent by staff of {@code agency} (null: 全市). */
    public static Map<String, Object> metaData(String agency) {
        return agency == null ? Map.of() : Map.of(METADATA_KEY, agency);
    }

    /** @throws RuleViolation {@link Rule#OUTSIDE_AGENCY} if {@code actingAgency} is set and not {@code agency} */
    static void check(Object actingAgency, String agency) {
        if (actingAgency != null && !actingAgency.equals(agency)) {
            throw new RuleViolation(Rule.OUTSIDE_AGENCY, "您属于" + actingAgency + "，不能办理" + agency + "的申请",
                    "staff of another agency may not act on this application");
        }
    }
}
