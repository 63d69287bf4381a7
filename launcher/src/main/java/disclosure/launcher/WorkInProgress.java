package disclosure.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import disclosure.access.SignOff;
import disclosure.statute.calendar.CalendarYearUnknownException;
import disclosure.statute.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * 在办案件 (work in progress): the open applications an agency's system holds on the day it is tried, as 台账 lines
 * without a closing step — received on the last {@value #WINDOW} working days; some just in, some waiting for a 补正
 * (条例第三十条, its period still running), some whose supplement came and restarted the period, some paused by a
 * 征求意见 (第三十二条, 第三十四条), some extended (第三十三条), some near the end of their 20 working days and a few past it,
 * so that the 预警 alerts (答复期限临近, 答复已逾期) fire — and what their 承办人 then ask of the 负责人 (审批): a request to
 * extend the period for some ({@code …/extension-request}) and, in an agency whose answers are signed off, answers
 * submitted for sign-off ({@code …/answer-draft}).
 *
 * <p>A pure function of today, the working-day calendar and the agencies that sign off: every date is a working day
 * of the window or derived from one so that each line passes the import's rules (steps in date order, none in the
 * future, the 补正 notice within 7 working days of receipt, a supplement received by its due date, an extension or
 * consultation within the answer period) and lands in the state it is meant to show.
 *
 * <p><b>Case numbers</b> are {@code 2026-演示-0001}, not the {@code 2026-0001} staff are issued. The import registers a
 * line's number as the ledger gives it ({@code CaseNumbers.claim}) and skips a line whose agency and number are
 * registered already; intakes are numbered {@code YYYY-NNNN} from a counter per agency and year
 * ({@code JdbcCaseNumbers.next}) which moves past imported numbers of that form. Numbers of that form would be safe only
 * if the demo were always loaded before the first intake; loaded later (a first run with {@code --no-demo}, then one
 * without), a demo line could meet a number staff had been issued, be skipped as already present, and the 审批
 * requests below would go to the real application under that number. A number of another form is never issued by the
 * counter, and leaves the counter alone: staff's numbering of the year is what it would be without the demo.
 */
final class WorkInProgress {
    /** Applications are received on the last this many working days up to today. */
    static final int WINDOW = 30;
    /** The demo's own case numbers, never one the case-number counter issues (see the class comment). */
    static final String CASE_NUMBER_FORMAT = "%d-演示-%04d";
    /** What every demo case number of the work in progress, and no other, contains. */
    static final String CASE_NUMBER_MARK = "-演示-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] LINES_PER_AGENCY = {24, 19, 15, 12, 10};
    /** The 承办人 of each demo agency, in the order of {@link DemoYear#AGENCIES}: who asks the 负责人. */
    static final List<Handler> HANDLERS = List.of(new Handler("wang.min", "王敏"), new Handler("chen.hui", "陈慧"),
            new Handler("liu.bo", "刘博"), new Handler("zhao.yan", "赵艳"), new Handler("sun.hao", "孙浩"));
    /** How the lines of an agency beyond the fixed ones (one overdue, one due soon, the 审批 ones) are spread. */
    private static final List<Stage> MIX = List.of(Stage.RUNNING, Stage.JUST_RECEIVED, Stage.SUPPLEMENT_PENDING,
            Stage.DUE_SOON, Stage.RUNNING, Stage.SUPPLEMENT_RECEIVED, Stage.IN_CONSULTATION, Stage.JUST_RECEIVED,
            Stage.EXTENDED, Stage.RUNNING, Stage.SUPPLEMENT_PENDING, Stage.DUE_SOON, Stage.SUPPLEMENT_RECEIVED,
            Stage.RUNNING, Stage.EXTENDED, Stage.IN_CONSULTATION, Stage.JUST_RECEIVED, Stage.RUNNING);

    /** Where an application stands today. */
    enum Stage {
        /** 新收到: received in the last 3 working days, nothing done yet. */
        JUST_RECEIVED,
        /** 办理中: 4–14 working days in, well within the period. */
        RUNNING,
        /** 期限临近: 16–19 working days in, 1–4 left: 答复期限临近 fires at once. */
        DUE_SOON,
        /** 已逾期: 22–29 working days in: 答复已逾期 fires at once (its day, the first after the period, is past). */
        OVERDUE,
        /** 待补正: a 补正 notice went out, its period runs to a day after today. */
        SUPPLEMENT_PENDING,
        /** 已补正: the supplement came, the 20 working days count from it. */
        SUPPLEMENT_RECEIVED,
        /** 征求意见中: a third party or another agency was consulted; the clock stands still until the reply. */
        IN_CONSULTATION,
        /** 已延期: the period was extended. */
        EXTENDED,
        /** 待审批（延期申请）: 10–18 working days in; the 承办人 asks the 负责人 for an extension after the import. */
        EXTENSION_REQUESTED,
        /** 待签发: 5–18 working days in; the 承办人 submits the answer for sign-off after the import. */
        AWAITING_SIGN_OFF
    }

    /**
     * One open application.
     *
     * @param ledgerLine the 台账 line (JSON)
     * @param handler    the 承办人 of the agency
     * @param followUp   what the 承办人 sends after the import, or null
     */
    record Line(String agency, String caseNo, LocalDate receivedOn, Stage stage, String ledgerLine, Handler handler,
                FollowUp followUp) {}

    /** A 承办人: their user id (recorded as {@code by}) and name. */
    record Handler(String userId, String name) {}

    /**
     * A command on the application once imported.
     *
     * @param endpoint {@link #EXTENSION_REQUEST} or {@link #ANSWER_DRAFT}, under {@code /api/applications/{id}/}
     * @param body     its JSON body
     */
    record FollowUp(String endpoint, String body) {
        /** 申请延期. */
        static final String EXTENSION_REQUEST = "extension-request";
        /** 提交签发. */
        static final String ANSWER_DRAFT = "answer-draft";

        String labelZh() {
            return endpoint.equals(EXTENSION_REQUEST) ? "延期申请" : "提交签发";
        }
    }

    private final LocalDate today;
    /**
     * The working days of the window, latest first: {@code day(0)} is the last working day up to today, and
     * {@code day(i)} the one i working days before it — i working days have passed since it, today counted if it is
     * one (the statutory count: the day itself is not counted). A step k working days after {@code day(i)} is
     * {@code day(i - k)}.
     */
    private final List<LocalDate> window = new ArrayList<>();
    private final Random random = new Random(2019_05_15L);
    private final List<Line> lines = new ArrayList<>();
    private int applicants;

    private WorkInProgress(LocalDate today, WorkingDayCalendar calendar) {
        this.today = today;
        for (LocalDate date = today; window.size() < WINDOW; date = date.minusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                window.add(date);
            }
        }
    }

    /**
     * The open applications of the demo agencies today, each agency's numbered in the order of receipt.
     *
     * @param agencies the demo agencies, as {@link DemoYear#AGENCIES}
     * @throws CalendarYearUnknownException where the calendar of this year (or of the last, early in January) is not
     *                                      loaded: nothing can be dated then
     */
    static List<Line> lines(LocalDate today, WorkingDayCalendar calendar, List<String> agencies, SignOff signOff) {
        if (agencies.size() != LINES_PER_AGENCY.length) {
            throw new IllegalArgumentException("one line count per demo agency");
        }
        WorkInProgress work = new WorkInProgress(today, calendar);
        for (int a = 0; a < agencies.size(); a++) {
            work.agency(a, agencies.get(a), signOff.requiredIn(agencies.get(a)));
        }
        return List.copyOf(work.lines);
    }

    private void agency(int index, String agency, boolean signsOff) {
        // every agency has something to alert about and something waiting for its 负责人
        List<Stage> stages = new ArrayList<>(List.of(Stage.OVERDUE, Stage.DUE_SOON, Stage.EXTENSION_REQUESTED));
        if (LINES_PER_AGENCY[index] >= 15) {
            stages.add(Stage.EXTENSION_REQUESTED);
        }
        if (signsOff) {
            stages.addAll(List.of(Stage.AWAITING_SIGN_OFF, Stage.AWAITING_SIGN_OFF, Stage.AWAITING_SIGN_OFF));
        }
        for (int i = 0; stages.size() < LINES_PER_AGENCY[index]; i++) {
            stages.add(MIX.get((3 * index + i) % MIX.size()));
        }
        List<Draft> drafts = new ArrayList<>();
        for (Stage stage : stages) {
            drafts.add(draft(index, stage));
        }
        drafts.sort(Comparator.comparing(Draft::receivedOn)); // numbered in the order of receipt, as a ledger is
        for (int n = 0; n < drafts.size(); n++) {
            Draft draft = drafts.get(n);
            String caseNo = String.format(CASE_NUMBER_FORMAT, draft.receivedOn().getYear(), n + 1);
            draft.entry().put("agency", agency);
            draft.entry().put("caseNo", caseNo);
            lines.add(new Line(agency, caseNo, draft.receivedOn(), draft.stage(), ordered(draft.entry()),
                    HANDLERS.get(index), draft.followUp()));
        }
    }

    private record Draft(LocalDate receivedOn, Stage stage, ObjectNode entry, FollowUp followUp) {}

    /** An application of the stage: its receipt day chosen where the stage's dates fit, and its steps. */
    private Draft draft(int agencyIndex, Stage stage) {
        boolean person = random.nextDouble() < 0.8;
        String[] missing = person ? MISSING_OF_A_PERSON : MISSING_OF_A_COMPANY;
        int received;
        ObjectNode entry = JSON.createObjectNode();
        ArrayNode steps = JSON.createArrayNode();
        FollowUp followUp = null;
        switch (stage) {
            case JUST_RECEIVED -> received = receivedWithin(0, 3);
            case RUNNING -> received = receivedWithin(4, 14);
            case DUE_SOON -> received = receivedWithin(16, 19);
            case OVERDUE -> received = receivedWithin(22, 29);
            case EXTENSION_REQUESTED -> {
                received = receivedWithin(10, 18);
                followUp = new FollowUp(FollowUp.EXTENSION_REQUEST, JSON.createObjectNode()
                        .put("workingDays", pick(new Integer[]{10, 15, 15, 20}))
                        .put("reason", pick(EXTENSION_REASONS)).toString());
            }
            case AWAITING_SIGN_OFF -> {
                received = receivedWithin(5, 18);
                String[] answer = ANSWERS[random.nextInt(ANSWERS.length)];
                followUp = new FollowUp(FollowUp.ANSWER_DRAFT, JSON.createObjectNode().put("outcome", answer[0])
                        .put("legalBasis", answer[1]).put("answeredOn", today.toString()).put("summary", answer[2])
                        .toString());
            }
            case SUPPLEMENT_PENDING -> {
                received = between(1, 6);
                int notice = received - between(1, Math.min(received, 5));
                LocalDate dueOn = day(notice).plusDays(15);
                step(steps, "SUPPLEMENT_REQUESTED", day(notice))
                        .put("dueOn", later(dueOn, today.plusDays(7)).toString())
                        .put("missing", pick(missing));
            }
            case SUPPLEMENT_RECEIVED -> {
                int back = between(0, 15);
                int notice = back + between(2, 6);
                received = notice + between(1, 3);
                step(steps, "SUPPLEMENT_REQUESTED", day(notice))
                        .put("dueOn", later(day(notice).plusDays(15), day(back)).toString())
                        .put("missing", pick(missing));
                step(steps, "SUPPLEMENT_RECEIVED", day(back));
            }
            case IN_CONSULTATION -> {
                received = between(3, WINDOW - 1);
                int sent = received - between(3, Math.min(received, 12));
                boolean thirdParty = random.nextBoolean();
                step(steps, "CONSULTATION_STARTED", day(sent)).put("party", thirdParty ? "THIRD_PARTY" : "OTHER_AGENCY")
                        .put("name", thirdParty ? pick(THIRD_PARTIES) : pick(OTHER_AGENCIES));
            }
            case EXTENDED -> {
                received = between(15, WINDOW - 1);
                int decided = received - between(15, Math.min(received, 19));
                step(steps, "EXTENDED", day(decided)).put("workingDays", pick(new Integer[]{10, 15, 20}))
                        .put("approvedBy", pick(new String[]{"办公室主任", "分管副局长"}));
            }
            default -> throw new IllegalStateException(stage.name());
        }
        LocalDate receivedOn = day(received);
        int applicant = ++applicants;
        entry.put("channel", pick(new String[]{"INTERNET", "INTERNET", "INTERNET", "IN_PERSON", "REGISTERED_MAIL",
                "ORDINARY_MAIL"}));
        entry.put("receivedOn", receivedOn.toString());
        entry.put("applicantCategory", person ? "NATURAL_PERSON" : "COMMERCIAL_ENTERPRISE");
        ObjectNode who = entry.putObject("applicant");
        who.put("name", person ? pick(PEOPLE) : pick(COMPANIES));
        // not the ID numbers of the demo year, so no application is taken for a repeat of last year's (重复申请)
        who.put("idNumber", String.format(person ? "3201021985%08d" : "91320102MA%08d", applicant));
        who.put("phone", String.format("139%08d", applicant));
        entry.put("description", pick(REQUESTS[agencyIndex]));
        entry.put("deliveryForm", pick(new String[]{"EMAIL", "EMAIL", "PAPER_BY_POST", "PAPER_PICKUP"}));
        entry.set("steps", steps);
        return new Draft(receivedOn, stage, entry, followUp);
    }

    /** A receipt day from which {@code from} to {@code to} working days have passed until today. */
    private int receivedWithin(int from, int to) {
        return between(from, Math.min(WINDOW - 1, to));
    }

    private LocalDate day(int index) {
        return window.get(index);
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static ObjectNode step(ArrayNode steps, String type, LocalDate on) {
        return steps.addObject().put("type", type).put("on", on.toString());
    }

    /** The line's fields in the order the README documents them. */
    private static String ordered(ObjectNode entry) {
        ObjectNode line = JSON.createObjectNode();
        for (String field : List.of("agency", "caseNo", "channel", "receivedOn", "applicantCategory", "applicant",
                "description", "deliveryForm", "steps")) {
            line.set(field, entry.get(field));
        }
        return line.toString();
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private static final String[] EXTENSION_REASONS = {"申请内容涉及多个年度的档案，需调取核实", "涉及多个内设机构，需会同相关处室共同研究答复",
            "所需信息数量较大，检索和区分处理需要较长时间", "需核实相关信息是否涉及第三方合法权益"};
    /** Outcome code, legal basis, summary of an answer submitted for sign-off. */
    private static final String[][] ANSWERS = {
            {"1", "《中华人民共和国政府信息公开条例》第三十六条第（二）项", "经检索，所申请信息由本机关制作并保存，予以公开，随本告知书提供。"},
            {"2", "《中华人民共和国政府信息公开条例》第三十七条", "所申请信息中含有个人信息，经区分处理后部分公开。"},
            {"4.1", "《中华人民共和国政府信息公开条例》第三十六条第（四）项", "经检索，本机关未制作或获取所申请的信息。"}};
    private static final String[] MISSING_OF_A_PERSON = {"申请人身份证明复印件", "所需政府信息的名称、文号或者便于查询的其他特征性描述",
            "申请人的通讯地址及联系电话"};
    private static final String[] MISSING_OF_A_COMPANY = {"营业执照复印件", "所需政府信息的名称、文号或者便于查询的其他特征性描述",
            "法定代表人或者主要负责人的身份证明"};
    private static final String[] THIRD_PARTIES = {"示范市宏远置业有限公司", "示范市清源环保科技有限公司", "相关权利人"};
    private static final String[] OTHER_AGENCIES = {"示范市发展和改革委员会", "示范市财政局", "示范市人民政府办公室"};
    private static final String[] PEOPLE = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴琳",
            "徐涛", "孙丽", "马超", "朱红", "胡斌", "郭强"};
    private static final String[] COMPANIES = {"示范市宏远置业有限公司", "示范市顺达物流有限公司", "示范市安居物业服务有限公司",
            "示范市新材料科技有限公司"};
    /** What is asked, by demo agency (the order of {@link DemoYear#AGENCIES}). */
    private static final String[][] REQUESTS = {
            {"某地块国有建设用地使用权出让合同", "某小区建设工程规划许可证及附图", "集体土地征收补偿安置方案", "本年度土地利用计划执行情况"},
            {"某小区住宅专项维修资金使用明细", "老旧小区改造项目实施方案", "某楼盘商品房预售许可证", "国有土地上房屋征收补偿决定书"},
            {"某企业建设项目环境影响报告书及批复", "某河段水质监测数据", "某企业排污许可证副本", "环境行政处罚决定书"},
            {"某企业登记档案", "食品安全监督抽检结果", "本人投诉举报的处理结果", "某企业行政处罚决定书"},
            {"某路口交通信号灯配时方案", "某路段违法停车抓拍设备设置依据", "户籍迁移办理的政策文件", "道路交通事故认定书所依据的材料"}};
}
