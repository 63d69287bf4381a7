package disclosure.statute.clock;

/** Whether the answer clock is counting. */
public enum ClockPhase {
    /** 计时中. */
    RUNNING("计时中"),
    /** 等待补正: stopped until the supplement arrives; the period then restarts in full. */
    AWAITING_SUPPLEMENT("等待补正"),
    /** 暂停计时: a consultation (or fee period) is open; counting resumes when it ends. */
    PAUSED("暂停计时");

    private final String label;

    ClockPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
