package disclosure.faults.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load of valid commands on one agency, as careful clients send it: every command carries an
 * Idempotency-Key of its own, and a command that got no answer (connection refused or broken, a timeout, a 5xx
 * while a server is down) is sent again with the same key until it is answered or two minutes have passed. Each
 * application runs one script — intake, extension, answer; or intake, 补正 request, 补正 received, answer; or, where
 * the agency's answers are signed off, intake, extension request, its approval, answer submitted, signed off; or
 * intake, extension request, answer submitted, both left waiting for the 负责人 — so a command only follows what was
 * acknowledged before it. The load ends by itself after {@code commands} commands.
 */
public final class CommandLoad {
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final int THREADS = 8;

    /** What became of a command in the end. */
    public enum Fate { ACKNOWLEDGED, REFUSED, NO_ANSWER }

    /**
     * One command sent.
     *
     * @param firstTryAnswered whether its first sending was answered at all (false: it met the fault)
     */
    public record Sent(String key, String kind, String applicationId, Fate fate, int status, boolean firstTryAnswered,
                       int attempts, String lastAnswer) {}

    private final FaultSystem system;
    private final String agency;
    private final Queue<List<Step>> scripts = new ConcurrentLinkedQueue<>();
    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private record Step(String kind, String path, String body) {}

    /** What the applications of a load go through. */
    public enum Shape {
        /**
         * Answered, after an extension or after a 补正 (3 or 4 commands each); where the agency signs its answers off,
         * also through the 审批 steps (5 commands), or left waiting in them (3).
         */
        ANSWERED,
        /** Received weeks ago, sent a 补正 notice whose period has already run out: each closes as 6.1 by itself. */
        SUPPLEMENT_EXPIRED
    }

    private CommandLoad(FaultSystem system, String agency, int commands, Shape shape) {
        this.system = system;
        this.agency = agency;
        int planned = 0;
        int shapes = FaultSystem.SIGN_OFF_AGENCIES.contains(agency) ? 4 : 2;
        for (int i = 0; planned < commands; i++) {
            List<Step> script = shape == Shape.SUPPLEMENT_EXPIRED ? supplementExpired() : switch (i % shapes) {
                case 0 -> answeredAfterExtension();
                case 1 -> answeredAfterSupplement();
                case 2 -> signedOffAfterApprovedExtension();
                default -> waitingForTheSupervisor();
            };
            script = script.subList(0, Math.min(script.size(), commands - planned));
            planned += script.size();
            scripts.add(script);
        }
    }

    public static CommandLoad start(FaultSystem system, String agency, int commands) {
        return start(system, agency, commands, Shape.ANSWERED);
    }

    public static CommandLoad start(FaultSystem system, String agency, int commands, Shape shape) {
        CommandLoad load = new CommandLoad(system, agency, commands, shape);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            load.threads.submit(() -> load.work(thread));
        }
        load.threads.shutdown();
        return load;
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until every script has run (the load is bounded: each command gives up after two minutes). */
    public List<Sent> awaitEnd() {
        try {
            if (!threads.awaitTermination(30, TimeUnit.MINUTES)) {
                threads.shutdownNow();
                throw new IllegalStateException("the load did not end within 30 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    private void work(int thread) {
        int n = 0;
        for (List<Step> script = scripts.poll(); script != null; script = scripts.poll()) {
            // Four users per thread: each stays inside the per-user rate limit (a 429 is waited out and sent again).
            Client client = Client.staff("load-" + thread + "-" + (n++ % 4));
            String applicationId = null;
            for (Step step : script) {
                Sent result = send(client, step, applicationId);
                sent.add(result);
                if (result.fate() != Fate.ACKNOWLEDGED) {
                    break; // the rest of the script needs this step
                }
                applicationId = result.applicationId();
            }
        }
    }

    private Sent send(Client client, Step step, String applicationId) {
        String key = UUID.randomUUID().toString();
        String url = system.commandUrl(step.path().replace("{id}", String.valueOf(applicationId)));
        long giveUp = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        boolean firstTryAnswered = false;
        for (int attempt = 1; ; attempt++) {
            Api.Answer answer = Api.postJson(url, client, key, step.body());
            boolean answered = answer.success() || (answer.status() >= 400 && answer.status() < 500);
            if (attempt == 1) {
                firstTryAnswered = answered;
            }
            if (answer.success()) {
                acknowledged.incrementAndGet();
                String id = applicationId != null ? applicationId : answer.json().get("applicationId").asText();
                return new Sent(key, step.kind(), id, Fate.ACKNOWLEDGED, answer.status(), firstTryAnswered, attempt,
                        answer.body());
            }
            if (answered && answer.status() != 429) {
                return new Sent(key, step.kind(), applicationId, Fate.REFUSED, answer.status(), firstTryAnswered,
                        attempt, answer.body());
            }
            if (System.nanoTime() > giveUp) {
                return new Sent(key, step.kind(), applicationId, Fate.NO_ANSWER, answer.status(), firstTryAnswered,
                        attempt, answer.body());
            }
            backOff(answer, attempt);
        }
    }

    /** A client's pause before sending again: what Retry-After asks, else a growing wait up to 2 s. */
    private static void backOff(Api.Answer answer, int attempt) {
        long millis = answer.header("Retry-After").map(seconds -> Long.parseLong(seconds) * 1000)
                .orElse(Math.min(2000L, 100L * attempt));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String intake() {
        return intake(today);
    }

    private String intake(LocalDate receivedOn) {
        return """
                {"agency": "%s", "channel": "IN_PERSON", "channelDates": {"handedInOn": "%s"},
                 "category": "NATURAL_PERSON",
                 "applicant": {"name": "王五", "idDocumentNumber": "110101199001011234", "phone": "13800000000"},
                 "requestedInformation": "本机关2024年行政许可决定", "deliveryForm": "EMAIL"}""".formatted(agency, receivedOn);
    }

    private List<Step> supplementExpired() {
        LocalDate received = today.minusDays(20);
        return List.of(new Step("intake", "/api/applications", intake(received)),
                new Step("supplement-request", "/api/applications/{id}/supplement-request", """
                        {"noticeDate": "%s", "missingItems": "身份证明", "supplementDueDate": "%s"}"""
                        .formatted(received, received.plusDays(3))));
    }

    private List<Step> answeredAfterExtension() {
        return List.of(new Step("intake", "/api/applications", intake()),
                new Step("extension", "/api/applications/{id}/extension", """
                        {"workingDays": 10, "approvedBy": "办公室主任", "decidedOn": "%s", "reason": "需要调档"}"""
                        .formatted(today)),
                new Step("answer", "/api/applications/{id}/answer", """
                        {"outcome": "1", "legalBasis": "条例第三十六条", "answeredOn": "%s"}""".formatted(today)));
    }

    private List<Step> signedOffAfterApprovedExtension() {
        return List.of(new Step("intake", "/api/applications", intake()), extensionRequest(),
                new Step("extension-approval", "/api/applications/{id}/extension-request/approve", """
                        {"decidedOn": "%s"}""".formatted(today)),
                answerDraft(),
                new Step("answer-sign-off", "/api/applications/{id}/answer-draft/sign-off", """
                        {"answeredOn": "%s"}""".formatted(today)));
    }

    private List<Step> waitingForTheSupervisor() {
        return List.of(new Step("intake", "/api/applications", intake()), extensionRequest(), answerDraft());
    }

    private Step extensionRequest() {
        return new Step("extension-request", "/api/applications/{id}/extension-request", """
                {"workingDays": 15, "reason": "需要征求第三方意见"}""");
    }

    private Step answerDraft() {
        return new Step("answer-draft", "/api/applications/{id}/answer-draft", """
                {"outcome": "2", "legalBasis": "条例第三十七条", "answeredOn": "%s"}""".formatted(today));
    }

    private List<Step> answeredAfterSupplement() {
        return List.of(new Step("intake", "/api/applications", intake()),
                new Step("supplement-request", "/api/applications/{id}/supplement-request", """
                        {"noticeDate": "%s", "missingItems": "身份证明", "supplementDueDate": "%s"}"""
                        .formatted(today, today.plusDays(15))),
                new Step("supplement", "/api/applications/{id}/supplement", """
                        {"receivedOn": "%s"}""".formatted(today)),
                new Step("answer", "/api/applications/{id}/answer", """
                        {"outcome": "4.1", "legalBasis": "条例第三十六条", "answeredOn": "%s"}""".formatted(today)));
    }
}
