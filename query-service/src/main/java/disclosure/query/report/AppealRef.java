package disclosure.query.report;

/** 复议或诉讼案件: an appeal counted in a cell of table 四, with the application it is about. */
public record AppealRef(ApplicationRef application, String appealId) {
}
