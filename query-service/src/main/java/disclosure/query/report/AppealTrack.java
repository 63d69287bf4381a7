package disclosure.query.report;

/**
 * 表四的三组: 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉, in the table's order.
 * {@code key} is the field name of the group in the JSON of table 四.
 */
public enum AppealTrack {
    RECONSIDERATION("reconsideration", "行政复议"),
    LITIGATION_DIRECT("litigation_direct", "未经复议直接起诉"),
    LITIGATION_AFTER_RECONSIDERATION("litigation_after_reconsideration", "复议后起诉");

    private final String key;
    private final String label;

    AppealTrack(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The group header exactly as printed in table 四. */
    public String label() {
        return label;
    }
}
