package disclosure.query.report.full;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.correction.ReceiptDateCorrected;
import disclosure.contract.fee.FeePaid;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.query.report.ApplicationRef;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.fee.ProcessingFee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What parts 一, 五 and 六 need beyond tables 三 and 四, folded from the applications' events: whether each answer
 * came on time, the 信息处理费 paid (国办函〔2020〕109号), and who applied when (the per-request fee counts one
 * applicant's requests in a calendar month).
 */
final class ApplicantActivity {
    /** One application as these parts see it; {@code applicantKey} is the ID document number, or the name. */
    record Application(String applicationId, String caseNumber, String agency, String applicantKey,
                       String applicantName, LocalDate receiptDate, Timeliness timeliness, List<Payment> payments) {}

    record Payment(LocalDate paidOn, BigDecimal amountYuan) {}

    /** One applicant's requests to one agency in one calendar month and the fee the per-request scale gives. */
    record MonthlyRequests(String agency, String applicantName, YearMonth month, List<String> caseNumbers,
                           ProcessingFee.Calculation fee, List<ApplicationRef> applications) {}

    /** Fees count once paid: a notice alone collects nothing. */
    private final Map<String, Application> applications;

    ApplicantActivity() {
        this(new LinkedHashMap<>());
    }

    private ApplicantActivity(Map<String, Application> applications) {
        this.applications = applications;
    }

    /** The same applications (immutable records), going on from here on their own. */
    ApplicantActivity copy() {
        return new ApplicantActivity(new LinkedHashMap<>(applications));
    }

    void apply(ApplicationEvent event) {
        if (event instanceof ApplicationReceived e) {
            String key = e.applicant() == null ? "" : e.applicant().idDocumentNumber() != null
                    && !e.applicant().idDocumentNumber().isBlank() ? e.applicant().idDocumentNumber() : e.applicant().name();
            applications.put(e.applicationId(), new Application(e.applicationId(), e.caseNumber(), e.agency(), key,
                    e.applicant() == null ? "" : e.applicant().name(), e.receiptDate(), null, List.of()));
            return;
        }
        Application known = applications.get(event.applicationId());
        if (known == null) {
            return;
        }
        if (event instanceof ReceiptDateCorrected e) {
            applications.put(known.applicationId(), new Application(known.applicationId(), known.caseNumber(),
                    known.agency(), known.applicantKey(), known.applicantName(), e.corrected(), known.timeliness(),
                    known.payments()));
        } else if (event instanceof AnswerRecorded e) {
            applications.put(known.applicationId(), new Application(known.applicationId(), known.caseNumber(),
                    known.agency(), known.applicantKey(), known.applicantName(), known.receiptDate(), e.timeliness(),
                    known.payments()));
        } else if (event instanceof FeePaid e) {
            List<Payment> payments = new ArrayList<>(known.payments());
            payments.add(new Payment(e.paidOn(), e.amountYuan()));
            applications.put(known.applicationId(), new Application(known.applicationId(), known.caseNumber(),
                    known.agency(), known.applicantKey(), known.applicantName(), known.receiptDate(), known.timeliness(),
                    List.copyOf(payments)));
        }
    }

    Application of(String applicationId) {
        return applications.get(applicationId);
    }

    /** The fees paid in {@code year}, with the applications that paid them. */
    List<Application> paidIn(int year, String agency) {
        return scope(agency).filter(a -> a.payments().stream().anyMatch(p -> p.paidOn().getYear() == year))
                .sorted(Comparator.comparing(Application::applicationId)).toList();
    }

    BigDecimal collectedIn(int year, String agency) {
        return scope(agency).flatMap(a -> a.payments().stream()).filter(p -> p.paidOn().getYear() == year)
                .map(Payment::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    long paymentsIn(int year, String agency) {
        return scope(agency).flatMap(a -> a.payments().stream()).filter(p -> p.paidOn().getYear() == year).count();
    }

    /**
     * The applicant-months of {@code year} in which one applicant made more than the 10 free requests to one agency:
     * where the per-request scale would charge, with its calculation.
     */
    List<MonthlyRequests> chargeableMonths(int year, String agency) {
        Map<String, List<Application>> byApplicantMonth = new TreeMap<>();
        scope(agency).filter(a -> a.receiptDate() != null && a.receiptDate().getYear() == year
                        && a.applicantKey() != null && !a.applicantKey().isBlank())
                .forEach(a -> byApplicantMonth.computeIfAbsent(a.agency() + "|" + a.applicantKey() + "|"
                        + YearMonth.from(a.receiptDate()), k -> new ArrayList<>()).add(a));
        return byApplicantMonth.values().stream().filter(list -> list.size() > 10).map(list -> {
            Application first = list.get(0);
            List<String> cases = list.stream().map(Application::caseNumber).sorted().collect(Collectors.toList());
            return new MonthlyRequests(first.agency(), mask(first.applicantName()), YearMonth.from(first.receiptDate()),
                    cases, ProcessingFee.perRequest(list.size()), list.stream()
                    .map(a -> new ApplicationRef(a.applicationId(), a.caseNumber())).toList());
        }).toList();
    }

    /** Applications closed in {@code year} with an answer recorded as late (逾期). */
    List<Application> answeredLate(List<String> closedInYear) {
        return closedInYear.stream().map(applications::get)
                .filter(a -> a != null && a.timeliness() == Timeliness.LATE).toList();
    }

    private Stream<Application> scope(String agency) {
        return applications.values().stream().filter(a -> agency == null || agency.equals(a.agency()));
    }

    /** "张三" → "张*": an applicant's name in a published report shows only its first character. */
    static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return "（未具名）";
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
