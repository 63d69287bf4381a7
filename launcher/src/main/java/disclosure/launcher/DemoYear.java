package disclosure.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.access.Role;
import disclosure.access.SignOff;
import disclosure.access.StaffIdentity;
import disclosure.access.StaffTokens;
import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 演示年度: a believable year for several agencies, loaded through the real API (the ledger import replays every
 * line through the same commands staff use): thousands of applications with a real city's outcome mix, receipt
 * dates on the working days of the year, 补正 (some abandoned), extensions, consultations, fees, withdrawals,
 * some answers late, some carried over into the next year, and 复议 / 诉讼 with all their results. Then the work in
 * progress of the current year ({@link WorkInProgress}): open applications, the alerts they raise, and what waits for
 * the 负责人 (审批) — extension requests and, in {@link #SIGN_OFF_AGENCY}, answers submitted for sign-off — sent by each
 * agency's 承办人 through the command API.
 */
final class DemoYear {
    /** The last complete year: the one whose annual report is due now. */
    static final int YEAR = LocalDate.now(LegalTime.ZONE).getYear() - 1;
    /** The demo agency whose answers the 负责人 signs off (签发), unless {@code DISCLOSURE_SIGN_OFF_AGENCIES} says else. */
    static final String SIGN_OFF_AGENCY = "示范市公安局";
    static final List<String> AGENCIES = List.of("示范市自然资源和规划局", "示范市住房和城乡建设局", "示范市生态环境局",
            "示范市市场监督管理局", SIGN_OFF_AGENCY);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoApi api;
    private final String tokenSecret;
    private final SignOff signOff;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;
    private final String token;
    private final Random random = new Random(2019_05_15L);

    /**
     * @param tokenSecret the services' staff token secret: the demo is imported by a 管理员 of the whole city, and the
     *                    审批 requests are sent by each agency's 承办人
     * @param signOff     the agencies whose answers are signed off, as command-service is told
     * @param calendar    the working-day calendar the services use
     * @param clock       whose today the demo is loaded on (the services keep their own, the real time)
     */
    DemoYear(int commandPort, int queryPort, String tokenSecret, SignOff signOff, WorkingDayCalendar calendar,
             Clock clock) {
        this.api = new DemoApi(commandPort, queryPort);
        this.tokenSecret = tokenSecret;
        this.signOff = signOff;
        this.calendar = calendar;
        this.today = LegalTime.today(clock);
        this.token = staffToken(new StaffIdentity("demo-loader", "演示数据导入", null, EnumSet.of(Role.ADMINISTRATOR)));
    }

    /**
     * @param imported the demo year's lines imported
     * @param refused  the demo year's lines refused
     * @param work     the work in progress
     * @param position the global position up to which the query side reflects the demo
     */
    record Summary(long imported, long refused, Work work, long position) {
        @Override
        public String toString() {
            return YEAR + " 年 " + AGENCIES.size() + " 个机关共导入 " + imported + " 件申请"
                    + (refused > 0 ? "（" + refused + " 件被拒）" : "") + "；" + work.zh() + " / " + imported + " applications of " + YEAR + " for " + AGENCIES.size()
                    + " agencies" + (refused > 0 ? " (" + refused + " refused)" : "") + "; " + work.en();
        }
    }

    /**
     * 在办案件 and 待审批: the work in progress.
     *
     * @param open              open applications imported (or present from an earlier, interrupted start)
     * @param refused           lines refused
     * @param extensionRequests extension requests waiting for the 负责人
     * @param answersForSignOff answers waiting for the 负责人's sign-off
     * @param signOffAgencies   the demo agencies that sign their answers off
     * @param calendarMissing   the year whose working-day calendar is not loaded, when nothing could be dated; else null
     * @param position          the global position of the last event written
     */
    record Work(long open, long refused, int extensionRequests, int answersForSignOff,
                List<String> signOffAgencies, Integer calendarMissing, long position) {
        String zh() {
            if (calendarMissing != null) {
                return "未载入" + calendarMissing + "年工作日历，演示数据不含本年度在办案件（见 DISCLOSURE_CALENDAR_FILES）";
            }
            return "近 " + WorkInProgress.WINDOW + " 个工作日收到、尚在办理 " + open + " 件"
                    + (refused > 0 ? "（" + refused + " 件被拒）" : "") + "，待审批延期申请 " + extensionRequests + " 件"
                    + (signOffAgencies.isEmpty() ? "（演示机关均无需签发）"
                    : "、待签发答复 " + answersForSignOff + " 件（" + String.join("、", signOffAgencies) + "）");
        }

        String en() {
            if (calendarMissing != null) {
                return "no working-day calendar for " + calendarMissing + ", so no open applications of this year "
                        + "(see DISCLOSURE_CALENDAR_FILES)";
            }
            return open + " open applications received in the last " + WorkInProgress.WINDOW + " working days"
                    + (refused > 0 ? " (" + refused + " refused)" : "") + ", "
                    + extensionRequests + " extension requests" + (signOffAgencies.isEmpty()
                    ? " (no demo agency signs its answers off)" : " and " + answersForSignOff
                    + " answers awaiting sign-off (" + String.join(", ", signOffAgencies) + ")")
                    + " waiting for approval";
        }
    }

    Summary load() {
        StringBuilder ledger = new StringBuilder();
        int[] perAgency = {1400, 900, 600, 450, 250};
        for (int a = 0; a < AGENCIES.size(); a++) {
            for (int n = 1; n <= perAgency[a]; n++) {
                ledger.append(line(AGENCIES.get(a), n)).append('\n');
            }
        }
        DemoApi.Imported year = api.importLedger(token, ledger.toString(),
                new DemoApi.Task(YEAR + "年演示年度", "the demo year " + YEAR));
        List<WorkInProgress.Line> open;
        try {
            open = WorkInProgress.lines(today, calendar, AGENCIES, signOff);
        } catch (CalendarYearUnknownException e) {
            api.awaitQuerySide(readerToken(), year.position());
            return new Summary(year.imported(), year.refusedTotal(), new Work(0, 0, 0, 0, List.of(),
                    e.year(), year.position()), year.position());
        }
        Work work = loadWorkInProgress(open);
        return new Summary(year.imported(), year.refusedTotal(), work, Math.max(year.position(), work.position()));
    }

    /**
     * Imports the open applications, then has each agency's 承办人 find theirs on query-service by case number and
     * send what they ask of the 负责人 — with an {@code Idempotency-Key} of its own, so that a launcher started again
     * after a failure (the demo is then loaded again: lines present are skipped) does not ask twice.
     */
    private Work loadWorkInProgress(List<WorkInProgress.Line> open) {
        DemoApi.Task importing = new DemoApi.Task("在办案件", "the open applications");
        DemoApi.Imported imported = api.importLedger(token, open.stream().map(WorkInProgress.Line::ledgerLine)
                .collect(Collectors.joining("\n")), importing);
        Set<Long> refusedLines = new HashSet<>();
        imported.refused().forEach(refusal -> refusedLines.add(refusal.get("line").asLong()));
        api.awaitQuerySide(readerToken(), imported.position());

        Map<String, List<WorkInProgress.Line>> asked = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            WorkInProgress.Line line = open.get(i);
            if (line.followUp() != null && !refusedLines.contains(i + 1L)) { // a refused line was printed above
                asked.computeIfAbsent(line.agency(), agency -> new ArrayList<>()).add(line);
            }
        }
        int extensionRequests = 0;
        int answersForSignOff = 0;
        long position = imported.position();
        for (Map.Entry<String, List<WorkInProgress.Line>> agency : asked.entrySet()) {
            WorkInProgress.Handler handler = agency.getValue().get(0).handler();
            String handlerToken = staffToken(new StaffIdentity(handler.userId(), handler.name(), agency.getKey(),
                    EnumSet.of(Role.HANDLER)));
            Map<String, String> ids = openApplications(handlerToken, agency.getKey(), imported.position());
            for (WorkInProgress.Line line : agency.getValue()) {
                WorkInProgress.FollowUp followUp = line.followUp();
                DemoApi.Task task = new DemoApi.Task(line.agency() + " " + line.caseNo() + " 的" + followUp.labelZh(),
                        followUp.endpoint() + " of " + line.agency() + " " + line.caseNo());
                String id = ids.get(line.caseNo());
                if (id == null) {
                    throw new LaunchException("演示数据载入失败（" + task.zh() + "）：查询服务的在办案件中没有该案件 / loading the "
                            + "demo failed (" + task.en() + "): not among the open applications on query-service");
                }
                String key = "demo:" + followUp.endpoint() + ":"
                        + UUID.nameUUIDFromBytes((line.agency() + ":" + line.caseNo()).getBytes(StandardCharsets.UTF_8));
                position = Math.max(position, api.post(handlerToken, "/api/applications/" + id + "/"
                        + followUp.endpoint(), followUp.body(), key, task));
                if (followUp.endpoint().equals(WorkInProgress.FollowUp.EXTENSION_REQUEST)) {
                    extensionRequests++;
                } else {
                    answersForSignOff++;
                }
            }
        }
        api.awaitQuerySide(readerToken(), position);
        return new Work(imported.imported() + imported.alreadyPresent(), imported.refusedTotal(),
                extensionRequests, answersForSignOff, AGENCIES.stream().filter(signOff::requiredIn).toList(), null,
                position);
    }

    /** The agency's open demo applications as its 承办人 sees them on query-service: case number → application id. */
    private Map<String, String> openApplications(String handlerToken, String agency, long position) {
        JsonNode page = api.get(handlerToken, "/api/applications?agency=" + encoded(agency) + "&status=OPEN&q="
                + encoded(WorkInProgress.CASE_NUMBER_MARK) + "&size=500&minPosition=" + position,
                new DemoApi.Task(agency + "的在办案件", "the open applications of " + agency));
        Map<String, String> ids = new HashMap<>();
        page.get("items").forEach(item -> ids.put(item.get("caseNumber").asText(), item.get("applicationId").asText()));
        return ids;
    }

    /** Who waits for the query side: a 统计员 of the whole city may list every agency's applications. */
    private String readerToken() {
        return staffToken(new StaffIdentity("demo-loader", "演示数据导入", null, EnumSet.of(Role.STATISTICIAN)));
    }

    private String staffToken(StaffIdentity staff) {
        return new StaffTokens(tokenSecret, Duration.ofMinutes(30), Clock.systemUTC()).issue(staff);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One application and its history, as an agency's ledger records it. */
    String line(String agency, int number) {
        ObjectNode entry = JSON.createObjectNode();
        LocalDate received = workingDayOfYear();
        entry.put("agency", agency);
        entry.put("caseNo", String.format("%d-%04d", YEAR, number));
        entry.put("channel", pick(new String[]{"INTERNET", "INTERNET", "INTERNET", "IN_PERSON", "REGISTERED_MAIL",
                "ORDINARY_MAIL", "FAX"}));
        entry.put("receivedOn", received.toString());
        entry.put("applicantCategory", category());
        ObjectNode applicant = entry.putObject("applicant");
        applicant.put("name", "申请人" + number);
        applicant.put("idNumber", String.format("1101011990%08d", number));
        applicant.put("phone", String.format("138%08d", number));
        entry.put("description", pick(new String[]{"建设项目规划许可文件", "征收补偿方案", "环境影响评价批复",
                "行政处罚决定书", "财政资金使用情况", "会议纪要", "土地出让合同", "信访处理意见"}));
        ArrayNode steps = entry.putArray("steps");

        double fate = random.nextDouble();
        LocalDate anchor = received;
        boolean supplemented = false;
        if (add(received, 25) == null || add(received, 25).isAfter(today)) {
            return inDateOrder(entry); // received too recently (or beyond the loaded calendar) for any step yet
        }
        if (fate < 0.04) { // 补正 abandoned: closes as 6.1 the day after the applicant's due date
            LocalDate notice = add(received, 2);
            LocalDate due = notice.plusDays(15);
            step(steps, "SUPPLEMENT_REQUESTED", notice).put("dueOn", due.toString());
            closeIfPast(steps, due.plusDays(1), "6.1");
            return inDateOrder(entry);
        }
        if (fate < 0.10) {
            LocalDate notice = add(received, 1 + random.nextInt(5));
            LocalDate due = notice.plusDays(15);
            LocalDate back = notice.plusDays(2 + random.nextInt(10));
            step(steps, "SUPPLEMENT_REQUESTED", notice).put("dueOn", due.toString());
            if (!stepIfPast(steps, "SUPPLEMENT_RECEIVED", back)) {
                return inDateOrder(entry);
            }
            anchor = back;
            supplemented = true;
        }
        if (fate > 0.95) { // withdrawn
            closeIfPast(steps, add(anchor, 1 + random.nextInt(8)), "6.3");
            return inDateOrder(entry);
        }
        int days = random.nextDouble() < 0.03 ? 21 + random.nextInt(4) : 3 + random.nextInt(16);
        if (fate > 0.90) { // fee notice, sometimes never paid (6.2)
            LocalDate issued = add(anchor, 3);
            ObjectNode fee = step(steps, "FEE_NOTICE_ISSUED", issued);
            fee.put("amountYuan", 100 * (1 + random.nextInt(3)));
            if (random.nextDouble() < 0.3) {
                closeIfPast(steps, add(issued, 21), "6.2");
                return inDateOrder(entry);
            }
            if (!stepIfPast(steps, "FEE_PAID", issued.plusDays(1 + random.nextInt(6)))) {
                return inDateOrder(entry);
            }
            days += 8;
        }
        if (random.nextDouble() < 0.05) {
            ObjectNode extension = step(steps, "EXTENDED", add(anchor, 15));
            extension.put("workingDays", 20).put("approvedBy", "办公室主任");
            days = 22 + random.nextInt(15);
        }
        if (random.nextDouble() < 0.03) {
            LocalDate sent = add(anchor, 2);
            step(steps, "CONSULTATION_STARTED", sent).put("party", random.nextBoolean() ? "THIRD_PARTY" : "OTHER_AGENCY");
            if (!stepIfPast(steps, "CONSULTATION_ENDED", add(sent, 5 + random.nextInt(10)))) {
                return inDateOrder(entry);
            }
            days += 15;
        }
        LocalDate answered = add(anchor, days);
        String outcome = outcome(supplemented);
        if (!closeIfPast(steps, answered, outcome)) {
            return inDateOrder(entry);
        }
        appeals(steps, answered, outcome);
        return inDateOrder(entry);
    }

    /** The ledger format wants steps in date order (a stable sort keeps same-day steps as written). */
    private static String inDateOrder(ObjectNode entry) {
        ArrayNode steps = (ArrayNode) entry.get("steps");
        List<JsonNode> sorted = new ArrayList<>();
        steps.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparing(step -> step.get("on").asText()));
        steps.removeAll();
        steps.addAll(sorted);
        return entry.toString();
    }

    private String outcome(boolean supplemented) {
        double x = random.nextDouble();
        if (x < 0.45) {
            return "1";
        }
        if (x < 0.60) {
            return "2";
        }
        if (x < 0.85) {
            return supplemented && random.nextDouble() < 0.3 ? "4.3" : random.nextDouble() < 0.8 ? "4.1" : "4.2";
        }
        if (x < 0.93) {
            return "3." + (1 + random.nextInt(8));
        }
        return "5." + (1 + random.nextInt(5));
    }

    private void appeals(ArrayNode steps, LocalDate answered, String outcome) {
        if (outcome.equals("1") || random.nextDouble() > 0.06) {
            return;
        }
        String[] results = {"UPHELD", "UPHELD", "CORRECTED", "OTHER"};
        LocalDate filed = answered.plusDays(10 + random.nextInt(40));
        if (random.nextDouble() < 0.7) {
            if (!stepIfPast(steps, "APPEAL_FILED", filed)) {
                return;
            }
            ObjectNode appeal = (ObjectNode) steps.get(steps.size() - 1);
            appeal.put("appealId", "FY1").put("kind", "RECONSIDERATION");
            LocalDate decided = filed.plusDays(30 + random.nextInt(30));
            if (stepIfPast(steps, "APPEAL_DECIDED", decided)) {
                ((ObjectNode) steps.get(steps.size() - 1)).put("appealId", "FY1").put("result", pick(results));
                if (random.nextDouble() < 0.3 && stepIfPast(steps, "APPEAL_FILED", decided.plusDays(10))) {
                    ((ObjectNode) steps.get(steps.size() - 1)).put("appealId", "SS1")
                            .put("kind", "LITIGATION_AFTER_RECONSIDERATION");
                    if (stepIfPast(steps, "APPEAL_DECIDED", decided.plusDays(100))) {
                        ((ObjectNode) steps.get(steps.size() - 1)).put("appealId", "SS1").put("result", pick(results));
                    }
                }
            }
        } else if (stepIfPast(steps, "APPEAL_FILED", filed)) {
            ((ObjectNode) steps.get(steps.size() - 1)).put("appealId", "SS1").put("kind", "LITIGATION_DIRECT");
            if (stepIfPast(steps, "APPEAL_DECIDED", filed.plusDays(90 + random.nextInt(60)))) {
                ((ObjectNode) steps.get(steps.size() - 1)).put("appealId", "SS1").put("result", pick(results));
            }
        }
    }

    /** Adds the closing step unless its date is still to come (the application then stays open). */
    private boolean closeIfPast(ArrayNode steps, LocalDate on, String outcome) {
        if (on == null || on.isAfter(today)) {
            return false;
        }
        step(steps, "CLOSED", on).put("outcome", outcome).put("basis", "政府信息公开条例");
        return true;
    }

    private boolean stepIfPast(ArrayNode steps, String type, LocalDate on) {
        if (on == null || on.isAfter(today)) {
            return false;
        }
        step(steps, type, on);
        return true;
    }

    /** A step on a date known to be past (callers check dates that may lie ahead with {@link #stepIfPast}). */
    private ObjectNode step(ArrayNode steps, String type, LocalDate on) {
        ObjectNode step = steps.addObject();
        step.put("type", type);
        step.put("on", on.toString());
        return step;
    }

    /** The n-th working day after {@code date}; null where the calendar of that year is not loaded. */
    private LocalDate add(LocalDate date, int n) {
        try {
            return calendar.addWorkingDays(date, n);
        } catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    private LocalDate workingDayOfYear() {
        while (true) {
            LocalDate date = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
            if (calendar.isWorkingDay(date) && !date.isAfter(today)) {
                return date;
            }
        }
    }

    private String category() {
        double x = random.nextDouble();
        return x < 0.80 ? "NATURAL_PERSON" : x < 0.90 ? "COMMERCIAL_ENTERPRISE" : x < 0.93 ? "RESEARCH_INSTITUTION"
                : x < 0.95 ? "PUBLIC_WELFARE_ORGANIZATION" : x < 0.98 ? "LEGAL_SERVICE_INSTITUTION" : "OTHER_ORGANIZATION";
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
