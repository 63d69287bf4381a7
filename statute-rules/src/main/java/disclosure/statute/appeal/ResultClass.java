package disclosure.statute.appeal;

/** The result columns of table 四 (STATUTE.md §4); 尚未审结 is a state, not a result, and is not here. */
public enum ResultClass {
    /** 结果维持. */
    UPHELD("结果维持"),
    /** 结果纠正. */
    CORRECTED("结果纠正"),
    /** 其他结果. */
    OTHER("其他结果");

    private final String label;

    ResultClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
