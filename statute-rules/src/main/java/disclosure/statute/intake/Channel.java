package disclosure.statute.intake;

/**
 * 提交方式: how an application reached the agency; decides which date is the legal receipt date
 * (收到申请之日, 条例 Art 31).
 */
public enum Channel {
    /** 当面提交: the day it is handed in. */
    IN_PERSON("当面提交"),
    /** 邮寄（需签收）: the day the agency signs for it. */
    REGISTERED_MAIL("邮寄（需签收）"),
    /** 平常信函: the day the agency confirms with the applicant. */
    ORDINARY_LETTER("平常信函"),
    /** 互联网渠道: the day both sides confirm. */
    INTERNET("互联网"),
    /** 传真: the day both sides confirm. */
    FAX("传真");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
