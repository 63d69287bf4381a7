package disclosure.statute.clock;

/** Why the answer clock is stopped for a while. */
public enum PauseReason {
    /** 征求第三方意见, Art 32: the third party has 15 working days; the time is excluded (Art 33). */
    THIRD_PARTY_CONSULTATION("征求第三方意见", "条例第三十二条、第三十三条第三款"),
    /** 征求其他机关意见, Art 34: 15 working days, silence is consent; the time is excluded (Art 33). */
    AGENCY_CONSULTATION("征求其他机关意见", "条例第三十四条、第三十三条第三款"),
    /** 信息处理费缴纳期间, 国办函〔2020〕109号; pauses only if {@link ClockSettings#feePausesClock()}. */
    FEE_PAYMENT("缴纳信息处理费", "国办函〔2020〕109号");

    private final String label;
    private final String rule;

    PauseReason(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }
}
