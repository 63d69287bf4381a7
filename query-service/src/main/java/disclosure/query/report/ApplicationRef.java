package disclosure.query.report;

/** 申请: an application counted in a cell, named as a reader of the table would look it up. */
public record ApplicationRef(String applicationId, String caseNumber) {

    /** "id（案号 2024-0007）", the form check details use. */
    public String describe() {
        return caseNumber == null ? applicationId : applicationId + "（案号 " + caseNumber + "）";
    }
}
