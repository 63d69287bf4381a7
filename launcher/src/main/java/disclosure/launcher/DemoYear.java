package disclosure.launcher;

import disclosure.access.StaffTokens;
import disclosure.access.StaffIdentity;
import disclosure.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.statute.LegalTime;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * 演示年度: a believable year for several agencies, loaded through the real API (the ledger import replays every
 * line through the same commands staff use): thousands of applications with a real city's outcome mix, receipt
 * dates on the working days of the year, 补正 (some abandoned), extensions, consultations, fees, withdrawals,
 * some answers late, some carried over into the next year, and 复议 / 诉讼 with all their results.
 */
final class DemoYear {
    /** The last complete year: the one whose annual report is due now. */
    static final int YEAR = LocalDate.now(LegalTime.ZONE).getYear() - 1;
    /** The demo agency whose answers the 负责人 signs off (签发), unless {@code DISCLOSURE_SIGN_OFF_AGENCIES} says else. */
    static final String SIGN_OFF_AGENCY = "示范市公安局";
    static final List<String> AGENCIES = List.of("示范市自然资源和规划局", "示范市住房和城乡建设局", "示范市生态环境局",
            "示范市市场监督管理局", SIGN_OFF_AGENCY);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int commandPort;
    private final int queryPort;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    private final LocalDate today;
    private final String token;
    private final Random random = new Random(2019_05_15L);

    /** @param tokenSecret the services' staff token secret: the demo is imported by a 管理员 of the whole city */
    DemoYear(int commandPort, int queryPort, String tokenSecret) {
        this(commandPort, queryPort, tokenSecret, Clock.systemUTC());
    }

    DemoYear(int commandPort, int queryPort, String tokenSecret, Clock clock) {
        this.commandPort = commandPort;
        this.queryPort = queryPort;
        this.today = LegalTime.today(clock);
        this.token = new StaffTokens(tokenSecret, Duration.ofMinutes(30), Clock.systemUTC()).issue(new StaffIdentity(
                "demo-loader", "演示数据导入", null, EnumSet.of(Role.ADMINISTRATOR)));
    }

    record Summary(long imported, long refused, long position) {
        @Override
        public String toString() {
            return YEAR + " 年 " + AGENCIES.size() + " 个机关共导入 " + imported + " 件申请" + (refused > 0 ? "（" + refused + " 件被拒）" : "")
                    + " / " + imported + " applications of " + YEAR + " for " + AGENCIES.size() + " agencies";
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
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + commandPort + "/api/import"))
                    .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofMinutes(20))
                    .POST(HttpRequest.BodyPublishers.ofString(ledger.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new LaunchException("演示数据导入失败 / demo import failed: " + response.statusCode() + " " + response.body());
            }
            JsonNode result = JSON.readTree(response.body());
            for (JsonNode refusal : result.get("refused")) {
                System.err.println("  演示数据被拒 / demo line refused: " + refusal);
            }
            long position = result.get("position").asLong();
            awaitQuerySide(http, position);
            return new Summary(result.get("imported").asLong(), result.get("refusedTotal").asLong(), position);
        } catch (IOException e) {
            throw new LaunchException("演示数据导入失败 / demo import failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while loading the demo year");
        }
    }

    private void awaitQuerySide(HttpClient http, long position) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + queryPort + "/api/status")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.statusCode() == 200 && JSON.readTree(status.body()).get("appliedPosition").asLong() >= position) {
                return;
            }
            Thread.sleep(500);
        }
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
