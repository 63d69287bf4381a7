package disclosure.access.service;

import disclosure.access.StaffIdentity;

/**
 * Agency scope (each user sees only their own agency's applications; 全市 roll-up roles see all), checked where a
 * request names an agency or touches something of one.
 */
public final class AgencyScope {
    private AgencyScope() {
    }

    /** @throws AccessDeniedProblem if {@code staff} may not see {@code agency}'s matters */
    public static void require(StaffIdentity staff, String agency) {
        if (!staff.sees(agency)) {
            throw new AccessDeniedProblem(AccessRule.OUTSIDE_AGENCY,
                    "您属于" + staff.agency() + "，不能查看或办理" + (agency == null ? "全市汇总" : agency) + "的事项",
                    "you belong to " + staff.agency() + " and may not see or act on matters of "
                            + (agency == null ? "all agencies together" : "another agency"));
        }
    }

    /**
     * The agency a query is restricted to: the one asked for (which the user must see), or, when none is asked for,
     * the user's own ({@code null}, all agencies, only for 全市 users).
     */
    public static String restrict(StaffIdentity staff, String requested) {
        if (requested == null || requested.isBlank()) {
            return staff.agency();
        }
        require(staff, requested);
        return requested;
    }
}
