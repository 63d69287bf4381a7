package disclosure.contract.proactive;

/** 条例第二十条第（一）项: the two kinds of document counted in table 二, in the table's order. */
public enum DocumentKind {
    /** 规章 */
    REGULATION("规章"),
    /** 行政规范性文件 */
    NORMATIVE_DOCUMENT("行政规范性文件");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** The row label exactly as printed in table 二. */
    public String label() {
        return label;
    }
}
