package disclosure.query.report;

import java.util.List;

import static disclosure.statute.appeal.AppealResult.ALTERED;
import static disclosure.statute.appeal.AppealResult.APPLICATION_REJECTED;
import static disclosure.statute.appeal.AppealResult.CLAIM_DISMISSED;
import static disclosure.statute.appeal.AppealResult.CONFIRMED_UNLAWFUL;
import static disclosure.statute.appeal.AppealResult.NOT_ACCEPTED;
import static disclosure.statute.appeal.AppealResult.ORDERED_TO_DISCLOSE;
import static disclosure.statute.appeal.AppealResult.REVOKED;
import static disclosure.statute.appeal.AppealResult.SUIT_WITHDRAWN;
import static disclosure.statute.appeal.AppealResult.UPHELD;
import static disclosure.statute.intake.ApplicantCategory.COMMERCIAL_ENTERPRISE;
import static disclosure.statute.intake.ApplicantCategory.LEGAL_SERVICE_INSTITUTION;
import static disclosure.statute.intake.ApplicantCategory.NATURAL_PERSON;
import static disclosure.statute.intake.ApplicantCategory.OTHER_ORGANIZATION;
import static disclosure.statute.intake.ApplicantCategory.PUBLIC_WELFARE_ORGANIZATION;
import static disclosure.statute.intake.ApplicantCategory.RESEARCH_INSTITUTION;
import static disclosure.statute.outcome.Outcome.DISCLOSED;
import static disclosure.statute.outcome.Outcome.NOT_PROCESSED_CONFIRMATION;
import static disclosure.statute.outcome.Outcome.NOT_PROCESSED_EXCESSIVE;
import static disclosure.statute.outcome.Outcome.NOT_PROCESSED_PETITION;
import static disclosure.statute.outcome.Outcome.NOT_PROCESSED_PUBLICATION;
import static disclosure.statute.outcome.Outcome.NOT_PROCESSED_REPEATED;
import static disclosure.statute.outcome.Outcome.PARTLY_DISCLOSED;
import static disclosure.statute.outcome.Outcome.UNAVAILABLE_NEEDS_CREATION;
import static disclosure.statute.outcome.Outcome.UNAVAILABLE_NOT_HELD;
import static disclosure.statute.outcome.Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT;
import static disclosure.statute.outcome.Outcome.WITHHELD_ADMINISTRATIVE_QUERY;
import static disclosure.statute.outcome.Outcome.WITHHELD_ENDANGERS_SECURITY;
import static disclosure.statute.outcome.Outcome.WITHHELD_ENFORCEMENT_FILE;
import static disclosure.statute.outcome.Outcome.WITHHELD_INTERNAL_AFFAIRS;
import static disclosure.statute.outcome.Outcome.WITHHELD_PROCESS_INFORMATION;
import static disclosure.statute.outcome.Outcome.WITHHELD_PROHIBITED_BY_LAW;
import static disclosure.statute.outcome.Outcome.WITHHELD_STATE_SECRET;
import static disclosure.statute.outcome.Outcome.WITHHELD_THIRD_PARTY_RIGHTS;

/**
 * A hand-built stream that touches every row and column of tables 三 and 四. Agency {@link #A} has 26
 * applications; agency {@link #B} one, so the 全市汇总 differs from A.
 * <pre>
 * id   column   received    closed      row   notes
 * d1   自然人   2023-12-20  2024-01-18  1     crosses the year: 四 of 2023, 二 of 2024
 * a24  自然人   2024-01-02  2024-01-25  1     logged as 2023-12-29, receipt date corrected into 2024
 * a01  自然人   2024-01-10  2024-01-20  1
 * a02  商业企业 2024-02-01  2024-02-20  2
 * a03  科研机构             2024-02-26  3.1   复议 r1 维持, then 诉讼 l5 after r1 维持
 * a04  社会公益             2024-03-01  3.2   复议 r2 撤销 (纠正), then 诉讼 l6 after r2 确认违法 (纠正)
 * a05  法律服务             2024-03-04  3.3   复议 r3 驳回复议申请 (其他), then 诉讼 l7 after r3 不予受理 (其他)
 * a06  其他     2024-10-28  2024-11-15  3.4   复议 r4 filed 2024-12-01, 变更 (纠正) on 2025-01-10
 * a07  自然人                           3.5
 * a08  自然人                           3.6
 * a09  商业企业                         3.7   direct 诉讼 l1 驳回诉讼请求 (维持)
 * a10  商业企业                         3.8   direct 诉讼 l2 判决公开 (纠正)
 * a11  自然人                           4.1   direct 诉讼 l3 撤诉 (其他)
 * a12  科研机构                         4.2   direct 诉讼 l4 filed 2024-11-01, never decided
 * a13  自然人                           4.3   after a 补正
 * a14  自然人                           5.1
 * a15  社会公益                         5.2
 * a16  法律服务                         5.3
 * a17  其他                             5.4
 * a18  自然人                           5.5
 * a19  自然人                           6.1   补正 requested, period expired
 * a20  商业企业                         6.2   fee notice, payment period expired
 * a21  其他                             6.3   withdrawn
 * a22  法律服务                         1     logged as 自然人, category corrected
 * a23  商业企业                         3.4   answered 2 (部分公开), outcome corrected to 3.4
 * f1   科研机构 2024-12-30  open              四 of 2024, 二 of 2025
 * b1   商业企业 (agency B)              5.2   复议 rb 维持, then 诉讼 lb after rb, still open
 * </pre>
 * All a-applications without dates are received and closed in 2024.
 */
final class SampleCity {
    static final String A = "市政务服务和大数据管理局";
    static final String B = "市自然资源和规划局";

    private SampleCity() {
    }

    static List<RecordedEvent> events() {
        return new EventLog().agency(A)
                .received("d1", "2023-0101", NATURAL_PERSON, "2023-12-20")
                .received("a24", "2023-0102", NATURAL_PERSON, "2023-12-29")
                .receiptDateCorrected("a24", "2023-12-29", "2024-01-02")
                .answered("d1", DISCLOSED, "2024-01-18")
                .answered("a24", DISCLOSED, "2024-01-25")
                .received("a01", "2024-0001", NATURAL_PERSON, "2024-01-10")
                .answered("a01", DISCLOSED, "2024-01-20")
                .received("a02", "2024-0002", COMMERCIAL_ENTERPRISE, "2024-02-01")
                .answered("a02", PARTLY_DISCLOSED, "2024-02-20")
                .received("a03", "2024-0003", RESEARCH_INSTITUTION, "2024-02-05")
                .answered("a03", WITHHELD_STATE_SECRET, "2024-02-26")
                .received("a04", "2024-0004", PUBLIC_WELFARE_ORGANIZATION, "2024-02-06")
                .answered("a04", WITHHELD_PROHIBITED_BY_LAW, "2024-03-01")
                .received("a05", "2024-0005", LEGAL_SERVICE_INSTITUTION, "2024-02-07")
                .answered("a05", WITHHELD_ENDANGERS_SECURITY, "2024-03-04")
                .received("a07", "2024-0007", NATURAL_PERSON, "2024-03-04")
                .answered("a07", WITHHELD_INTERNAL_AFFAIRS, "2024-03-25")
                .received("a08", "2024-0008", NATURAL_PERSON, "2024-03-05")
                .answered("a08", WITHHELD_PROCESS_INFORMATION, "2024-03-26")
                .received("a09", "2024-0009", COMMERCIAL_ENTERPRISE, "2024-03-06")
                .answered("a09", WITHHELD_ENFORCEMENT_FILE, "2024-03-27")
                .received("a10", "2024-0010", COMMERCIAL_ENTERPRISE, "2024-03-07")
                .answered("a10", WITHHELD_ADMINISTRATIVE_QUERY, "2024-03-28")
                .received("a11", "2024-0011", NATURAL_PERSON, "2024-04-01")
                .answered("a11", UNAVAILABLE_NOT_HELD, "2024-04-15")
                .received("a12", "2024-0012", RESEARCH_INSTITUTION, "2024-04-02")
                .answered("a12", UNAVAILABLE_NEEDS_CREATION, "2024-04-16")
                .received("a13", "2024-0013", NATURAL_PERSON, "2024-04-03")
                .supplementRequested("a13", "2024-04-08", "2024-04-22")
                .answered("a13", UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT, "2024-05-10")
                .received("a14", "2024-0014", NATURAL_PERSON, "2024-05-06")
                .answered("a14", NOT_PROCESSED_PETITION, "2024-05-20")
                .received("a15", "2024-0015", PUBLIC_WELFARE_ORGANIZATION, "2024-05-07")
                .answered("a15", NOT_PROCESSED_REPEATED, "2024-05-21")
                .received("a16", "2024-0016", LEGAL_SERVICE_INSTITUTION, "2024-05-08")
                .answered("a16", NOT_PROCESSED_PUBLICATION, "2024-05-22")
                .received("a17", "2024-0017", OTHER_ORGANIZATION, "2024-05-09")
                .answered("a17", NOT_PROCESSED_EXCESSIVE, "2024-05-23")
                .received("a18", "2024-0018", NATURAL_PERSON, "2024-05-10")
                .answered("a18", NOT_PROCESSED_CONFIRMATION, "2024-05-24")
                .received("a19", "2024-0019", NATURAL_PERSON, "2024-06-03")
                .supplementRequested("a19", "2024-06-05", "2024-06-19")
                .supplementExpired("a19", "2024-06-19", "2024-06-20")
                .received("a20", "2024-0020", COMMERCIAL_ENTERPRISE, "2024-06-04")
                .feeNoticeIssued("a20", "2024-06-10", "2024-07-09")
                .feeExpired("a20", "2024-07-09", "2024-07-10")
                .received("a21", "2024-0021", OTHER_ORGANIZATION, "2024-06-05")
                .withdrawn("a21", "2024-06-12")
                .received("a22", "2024-0022", NATURAL_PERSON, "2024-07-01")
                .categoryCorrected("a22", NATURAL_PERSON, LEGAL_SERVICE_INSTITUTION)
                .answered("a22", DISCLOSED, "2024-07-15")
                .received("a23", "2024-0023", COMMERCIAL_ENTERPRISE, "2024-07-02")
                .answered("a23", PARTLY_DISCLOSED, "2024-07-16")
                .outcomeCorrected("a23", PARTLY_DISCLOSED, WITHHELD_THIRD_PARTY_RIGHTS)
                .received("a06", "2024-0006", OTHER_ORGANIZATION, "2024-10-28")
                .answered("a06", WITHHELD_THIRD_PARTY_RIGHTS, "2024-11-15")
                .received("f1", "2024-0024", RESEARCH_INSTITUTION, "2024-12-30")
                // 行政复议 and 复议后起诉
                .reconsiderationFiled("a03", "r1", "2024-03-01")
                .reconsiderationDecided("a03", "r1", UPHELD, "2024-04-01")
                .lawsuitFiled("a03", "l5", "2024-04-10", "r1")
                .lawsuitDecided("a03", "l5", UPHELD, "2024-08-01")
                .reconsiderationFiled("a04", "r2", "2024-04-01")
                .reconsiderationDecided("a04", "r2", REVOKED, "2024-05-01")
                .lawsuitFiled("a04", "l6", "2024-05-10", "r2")
                .lawsuitDecided("a04", "l6", CONFIRMED_UNLAWFUL, "2024-11-01")
                .reconsiderationFiled("a05", "r3", "2024-05-01")
                .reconsiderationDecided("a05", "r3", APPLICATION_REJECTED, "2024-06-01")
                .lawsuitFiled("a05", "l7", "2024-06-10", "r3")
                .lawsuitDecided("a05", "l7", NOT_ACCEPTED, "2024-06-20")
                .reconsiderationFiled("a06", "r4", "2024-12-01")
                // 未经复议直接起诉
                .lawsuitFiled("a09", "l1", "2024-03-15", null)
                .lawsuitDecided("a09", "l1", CLAIM_DISMISSED, "2024-09-01")
                .lawsuitFiled("a10", "l2", "2024-04-01", null)
                .lawsuitDecided("a10", "l2", ORDERED_TO_DISCLOSE, "2024-10-01")
                .lawsuitFiled("a11", "l3", "2024-06-01", null)
                .lawsuitDecided("a11", "l3", SUIT_WITHDRAWN, "2024-07-01")
                .lawsuitFiled("a12", "l4", "2024-11-01", null)
                .reconsiderationDecided("a06", "r4", ALTERED, "2025-01-10")
                .agency(B)
                .received("b1", "2024-0001", COMMERCIAL_ENTERPRISE, "2024-05-06")
                .answered("b1", NOT_PROCESSED_REPEATED, "2024-05-20")
                .reconsiderationFiled("b1", "rb", "2024-06-01")
                .reconsiderationDecided("b1", "rb", UPHELD, "2024-07-01")
                .lawsuitFiled("b1", "lb", "2024-07-10", "rb")
                .events();
    }
}
