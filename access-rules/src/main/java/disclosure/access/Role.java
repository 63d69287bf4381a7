package disclosure.access;

/** 角色: what a member of staff does in the office. A user may hold several. */
public enum Role {
    /** 登记员: registers incoming applications. */
    INTAKE("登记员"),
    /** 承办人: handles an application until it is answered. */
    HANDLER("承办人"),
    /** 负责人: approves extensions and signs answers off. */
    SUPERVISOR("负责人"),
    /** 统计员: compiles the annual report. */
    STATISTICIAN("统计员"),
    /** 管理员: users, agencies, the calendar. */
    ADMINISTRATOR("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roll-up roles may be given the whole city (全市) instead of one agency. */
    public boolean mayRollUp() {
        return this == STATISTICIAN || this == ADMINISTRATOR;
    }
}
