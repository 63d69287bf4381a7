package disclosure.statute.outcome;

/** The seven groups of 三、本年度办理结果: （一）…（六） and the 总计 row （七） that sums them. */
public enum OutcomeGroup {
    DISCLOSED("（一）予以公开"),
    PARTLY_DISCLOSED("（二）部分公开"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_PROCESSED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String label;

    OutcomeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
