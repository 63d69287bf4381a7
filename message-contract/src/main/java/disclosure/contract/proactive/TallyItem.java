package disclosure.contract.proactive;

/**
 * The figures of table 二 that agencies keep as tallies, in the table's order: decisions of 行政许可
 * (条例第二十条第（五）项), 行政处罚 and 行政强制 (第（六）项), and the amount of 行政事业性收费 (第（八）项).
 */
public enum TallyItem {
    /** 行政许可 — 本年处理决定数量 */
    LICENSING("行政许可", "第二十条第（五）项", false),
    /** 行政处罚 — 本年处理决定数量 */
    PUNISHMENT("行政处罚", "第二十条第（六）项", false),
    /** 行政强制 — 本年处理决定数量 */
    COERCION("行政强制", "第二十条第（六）项", false),
    /** 行政事业性收费 — 本年收费金额, recorded in 元, printed in 万元 */
    ADMINISTRATIVE_FEES("行政事业性收费", "第二十条第（八）项", true);

    private final String label;
    private final String provision;
    private final boolean amount;

    TallyItem(String label, String provision, boolean amount) {
        this.label = label;
        this.provision = provision;
        this.amount = amount;
    }

    public String label() {
        return label;
    }

    /** The provision heading the item's block in table 二. */
    public String provision() {
        return provision;
    }

    /** An amount of money (元, two decimals) rather than a count of decisions. */
    public boolean isAmount() {
        return amount;
    }
}
