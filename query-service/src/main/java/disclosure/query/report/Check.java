package disclosure.query.report;

/**
 * 勾稽关系校验: the outcome of one consistency rule of STATUTE.md §3 on a generated table.
 *
 * @param name   the rule, in Chinese
 * @param detail when failing, the cells that break it and the applications behind them
 */
public record Check(String name, boolean passed, String detail) {
}
