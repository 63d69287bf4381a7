package disclosure.benchmark;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A believable 2024 台账 of any length for {@code POST /api/import}, made up line by line as the request body is
 * read, so a file of 100,000 applications is never held in memory. The same seed gives the same file.
 * <p>
 * The mix follows what agencies report: most applications answered directly, many after 补正, some extended,
 * consulted or charged a fee, a few abandoned (6.1, 6.2) or withdrawn, a few still open, and a few appealed.
 * Every date is chosen inside the statutory periods, so that every line imports: a 补正 notice within 4 calendar
 * days (at most 4 working days), an extension or fee payment within 14 calendar days of the period's start (fewer
 * than 20 working days), an abandonment well after its period. Open applications never have a pending 补正 or fee
 * notice, so no durable deadline fires during the benchmark.
 */
final class LedgerGenerator {
    static final List<String> AGENCIES = List.of("某市交通运输局", "某市生态环境局", "某市住房和城乡建设局",
            "某市自然资源和规划局", "某市市场监督管理局", "某市公安局", "某市卫生健康委员会", "某市教育局",
            "某市人力资源和社会保障局", "某市财政局");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
    private static final int DAYS_IN_YEAR = 364;
    private static final String[] CHANNELS = {"INTERNET", "INTERNET", "INTERNET", "IN_PERSON", "REGISTERED_MAIL",
            "ORDINARY_MAIL", "FAX"};
    private static final String[] CATEGORIES = {"NATURAL_PERSON", "NATURAL_PERSON", "NATURAL_PERSON",
            "NATURAL_PERSON", "NATURAL_PERSON", "NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "COMMERCIAL_ENTERPRISE",
            "RESEARCH_INSTITUTION", "PUBLIC_WELFARE_ORGANIZATION", "LEGAL_SERVICE_INSTITUTION", "OTHER_ORGANIZATION"};
    /** Outcomes of a direct answer, weighted by repetition as in a typical annual report. */
    private static final String[] ANSWERS = {"1", "1", "1", "1", "1", "1", "2", "2", "2", "3.1", "3.2", "3.3",
            "3.4", "3.4", "3.5", "3.6", "3.6", "3.7", "3.8", "4.1", "4.1", "4.1", "4.2", "5.1", "5.2", "5.3", "5.4",
            "5.5"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN_NAMES = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "涛", "明", "超"};
    private static final String[] SUBJECTS = {"行政处罚决定书", "建设项目环境影响评价文件", "征收补偿方案",
            "财政预算执行情况", "规划许可证及附图", "招标投标文件", "监督检查记录", "会议纪要", "信访处理意见",
            "专项资金使用情况"};

    private final int applications;
    private final SplittableRandom random;
    private final int[] nextCaseNumber = new int[AGENCIES.size()];
    private int written;
    private long events;

    LedgerGenerator(int applications, long seed) {
        this.applications = applications;
        this.random = new SplittableRandom(seed);
    }

    /** The ledger as a stream of UTF-8 bytes, generated as it is read. */
    InputStream stream() {
        return new InputStream() {
            private byte[] line = new byte[0];
            private int offset;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int from, int length) {
                if (length == 0) {
                    return 0;
                }
                int copied = 0;
                while (copied < length) {
                    if (offset == line.length) {
                        String next = nextLine();
                        if (next == null) {
                            break;
                        }
                        line = next.getBytes(StandardCharsets.UTF_8);
                        offset = 0;
                    }
                    int chunk = Math.min(length - copied, line.length - offset);
                    System.arraycopy(line, offset, buffer, from + copied, chunk);
                    offset += chunk;
                    copied += chunk;
                }
                return copied == 0 ? -1 : copied;
            }
        };
    }

    /** The events the lines generated so far should store (ledger steps plus intake). */
    long expectedEvents() {
        return events;
    }

    /** The next line with its newline, or null after the last. */
    String nextLine() {
        if (written == applications) {
            return null;
        }
        written++;
        int agency = random.nextInt(AGENCIES.size());
        LocalDate received = workingDayOnOrAfter(FIRST_DAY.plusDays(random.nextInt(DAYS_IN_YEAR)));
        StringBuilder line = new StringBuilder(700)
                .append("{\"agency\":\"").append(AGENCIES.get(agency))
                .append("\",\"caseNo\":\"2024-").append(String.format("%05d", ++nextCaseNumber[agency]))
                .append("\",\"channel\":\"").append(pick(CHANNELS))
                .append("\",\"receivedOn\":\"").append(received)
                .append("\",\"applicantCategory\":\"").append(pick(CATEGORIES))
                .append("\",\"applicant\":{\"name\":\"").append(pick(SURNAMES)).append(pick(GIVEN_NAMES))
                .append(random.nextBoolean() ? pick(GIVEN_NAMES) : "")
                .append("\",\"idNumber\":\"").append(idNumber())
                .append("\",\"phone\":\"1").append(3 + random.nextInt(6)).append(digits(9))
                .append("\"},\"description\":\"").append(2019 + random.nextInt(5)).append("年")
                .append(pick(SUBJECTS)).append("\",\"steps\":[");
        List<String> steps = steps(received);
        line.append(String.join(",", steps)).append("]}\n");
        events += 1 + steps.size();
        return line.toString();
    }

    private List<String> steps(LocalDate received) {
        List<String> steps = new ArrayList<>(8);
        int scenario = random.nextInt(100);
        LocalDate day = received;
        LocalDate closedOn;
        if (scenario < 18) {
            closedOn = close(steps, day.plusDays(1 + random.nextInt(20)), pick(ANSWERS));
        } else if (scenario < 40) {
            day = supplementReceived(steps, day);
            closedOn = close(steps, day.plusDays(3 + random.nextInt(18)),
                    random.nextInt(10) == 0 ? "4.3" : pick(ANSWERS));
        } else if (scenario < 52) {
            day = extended(steps, day);
            closedOn = close(steps, day.plusDays(5 + random.nextInt(20)), pick(ANSWERS));
        } else if (scenario < 62) {
            day = consulted(steps, day);
            closedOn = close(steps, day.plusDays(2 + random.nextInt(10)), pick(ANSWERS));
        } else if (scenario < 78) {
            day = supplementReceived(steps, day);
            day = extended(steps, day);
            day = consulted(steps, day);
            closedOn = close(steps, day.plusDays(2 + random.nextInt(10)), pick(ANSWERS));
        } else if (scenario < 86) {
            day = feePaid(steps, day);
            closedOn = close(steps, day.plusDays(2 + random.nextInt(10)), random.nextBoolean() ? "1" : "2");
        } else if (scenario < 90) {
            LocalDate notice = day.plusDays(1 + random.nextInt(4));
            LocalDate due = notice.plusDays(15);
            steps.add(supplementRequested(notice, due));
            closedOn = close(steps, due.plusDays(2 + random.nextInt(5)), "6.1");
        } else if (scenario < 92) {
            LocalDate notice = day.plusDays(2 + random.nextInt(8));
            steps.add("{\"type\":\"FEE_NOTICE_ISSUED\",\"on\":\"" + notice + "\",\"amountYuan\":" + fee() + "}");
            closedOn = close(steps, notice.plusDays(60 + random.nextInt(10)), "6.2");
        } else if (scenario < 96) {
            closedOn = close(steps, day.plusDays(1 + random.nextInt(15)), "6.3");
        } else if (scenario < 98) {
            extended(steps, day);
            closedOn = null;
        } else {
            closedOn = null;
        }
        if (closedOn != null && random.nextInt(100) < 6) {
            appeal(steps, closedOn);
        }
        return steps;
    }

    private LocalDate supplementReceived(List<String> steps, LocalDate received) {
        LocalDate notice = received.plusDays(1 + random.nextInt(4));
        LocalDate due = notice.plusDays(15);
        steps.add(supplementRequested(notice, due));
        LocalDate supplied = notice.plusDays(1 + random.nextInt(14));
        steps.add("{\"type\":\"SUPPLEMENT_RECEIVED\",\"on\":\"" + supplied + "\"}");
        return supplied;
    }

    private static String supplementRequested(LocalDate notice, LocalDate due) {
        return "{\"type\":\"SUPPLEMENT_REQUESTED\",\"on\":\"" + notice + "\",\"dueOn\":\"" + due
                + "\",\"missing\":\"申请人身份证明\"}";
    }

    private LocalDate extended(List<String> steps, LocalDate periodStart) {
        LocalDate on = periodStart.plusDays(3 + random.nextInt(11));
        steps.add("{\"type\":\"EXTENDED\",\"on\":\"" + on + "\",\"workingDays\":" + (5 + random.nextInt(16))
                + ",\"approvedBy\":\"办公室主任\"}");
        return on;
    }

    private LocalDate consulted(List<String> steps, LocalDate from) {
        LocalDate sent = from.plusDays(1 + random.nextInt(3));
        LocalDate ended = sent.plusDays(3 + random.nextInt(15));
        steps.add("{\"type\":\"CONSULTATION_STARTED\",\"on\":\"" + sent + "\",\"party\":\""
                + (random.nextInt(3) == 0 ? "OTHER_AGENCY" : "THIRD_PARTY") + "\",\"name\":\"某有限公司\"}");
        steps.add("{\"type\":\"CONSULTATION_ENDED\",\"on\":\"" + ended + "\"}");
        return ended;
    }

    private LocalDate feePaid(List<String> steps, LocalDate received) {
        LocalDate notice = received.plusDays(2 + random.nextInt(8));
        LocalDate paid = notice.plusDays(1 + random.nextInt(13));
        steps.add("{\"type\":\"FEE_NOTICE_ISSUED\",\"on\":\"" + notice + "\",\"amountYuan\":" + fee() + "}");
        steps.add("{\"type\":\"FEE_PAID\",\"on\":\"" + paid + "\"}");
        return paid;
    }

    private LocalDate close(List<String> steps, LocalDate on, String outcome) {
        steps.add("{\"type\":\"CLOSED\",\"on\":\"" + on + "\",\"outcome\":\"" + outcome
                + "\",\"basis\":\"《政府信息公开条例》\"}");
        return on;
    }

    /** A 复议, a direct 诉讼, or a 复议 followed by 诉讼; one in five is still pending. */
    private void appeal(List<String> steps, LocalDate closedOn) {
        LocalDate filed = closedOn.plusDays(10 + random.nextInt(50));
        boolean pending = random.nextInt(5) == 0;
        switch (random.nextInt(3)) {
            case 0 -> {
                steps.add(appealFiled("F1", "LITIGATION_DIRECT", filed));
                if (!pending) {
                    steps.add(appealDecided("F1", filed.plusDays(60 + random.nextInt(90))));
                }
            }
            case 1 -> {
                steps.add(appealFiled("F1", "RECONSIDERATION", filed));
                if (!pending) {
                    steps.add(appealDecided("F1", filed.plusDays(30 + random.nextInt(30))));
                }
            }
            default -> {
                steps.add(appealFiled("F1", "RECONSIDERATION", filed));
                LocalDate decided = filed.plusDays(30 + random.nextInt(30));
                steps.add(appealDecided("F1", decided));
                LocalDate sued = decided.plusDays(5 + random.nextInt(10));
                steps.add(appealFiled("L1", "LITIGATION_AFTER_RECONSIDERATION", sued));
                if (!pending) {
                    steps.add(appealDecided("L1", sued.plusDays(60 + random.nextInt(90))));
                }
            }
        }
    }

    private static String appealFiled(String id, String kind, LocalDate on) {
        return "{\"type\":\"APPEAL_FILED\",\"on\":\"" + on + "\",\"appealId\":\"" + id + "\",\"kind\":\"" + kind
                + "\"}";
    }

    private String appealDecided(String id, LocalDate on) {
        String result = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4, 5 -> "UPHELD";
            case 6, 7 -> "CORRECTED";
            default -> "OTHER";
        };
        return "{\"type\":\"APPEAL_DECIDED\",\"on\":\"" + on + "\",\"appealId\":\"" + id + "\",\"result\":\""
                + result + "\"}";
    }

    private String fee() {
        return Integer.toString(100 + 50 * random.nextInt(9));
    }

    private String idNumber() {
        return "11010" + (1 + random.nextInt(8)) + (1960 + random.nextInt(45))
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)) + digits(4);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate date = day;
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }
}
