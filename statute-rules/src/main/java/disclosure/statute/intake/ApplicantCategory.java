package disclosure.statute.intake;

/** 申请人情况: the six applicant columns of table 三, in the table's order. */
public enum ApplicantCategory {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantCategory(String label) {
        this.label = label;
    }

    /** The column header exactly as printed in table 三. */
    public String label() {
        return label;
    }
}
