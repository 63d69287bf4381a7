package disclosure.statute.appeal;

/** The two kinds of appeal against an answer that table 四 counts. */
public enum AppealKind {
    /** 行政复议 (行政复议法). */
    RECONSIDERATION("行政复议"),
    /** 行政诉讼 (行政诉讼法). */
    LITIGATION("行政诉讼");

    private final String label;

    AppealKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
