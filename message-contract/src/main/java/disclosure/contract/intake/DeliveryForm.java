package disclosure.contract.intake;

/** 获取信息的方式: how the applicant asked to receive the information (Art 40). */
public enum DeliveryForm {
    PAPER_BY_POST("纸质文本·邮寄"),
    PAPER_PICKUP("纸质文本·自行领取"),
    EMAIL("电子邮件"),
    FAX("传真"),
    ELECTRONIC_MEDIA("光盘或其他电子存储介质"),
    ON_SITE_READING("当场阅读、抄录"),
    /** Not recorded (applications imported from a 台账 that did not say). */
    NOT_RECORDED("未载明");

    private final String label;

    DeliveryForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
