package disclosure.access.service;

/** The three ways a call to a service is refused for who is calling, with their problem wording. */
public enum AccessRule {
    /** No token, or one that is malformed, forged or expired. */
    NOT_AUTHENTICATED(401, "未登录或身份令牌无效", "Not authenticated"),
    /** The caller's roles do not include the endpoint's action. */
    ACTION_NOT_ALLOWED(403, "无权进行此操作", "Your roles do not allow this action"),
    /** The caller belongs to another agency (only 全市 roll-up roles see every agency). */
    OUTSIDE_AGENCY(403, "无权查看或办理其他机关的事项", "This belongs to another agency");

    private final int status;
    private final String titleZh;
    private final String titleEn;

    AccessRule(int status, String titleZh, String titleEn) {
        this.status = status;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
