package disclosure.statute.clock;

/** Whether an answer was given within the statutory period. */
public enum Timeliness {
    /** 按期. */
    ON_TIME("按期"),
    /** 逾期: recorded as it happened, and counted (Art 47 holds the agency accountable). */
    LATE("逾期"),
    /** 无法判定: the calendar of the answer's year is not loaded yet. */
    UNDETERMINED("无法判定（工作日历缺失）");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
