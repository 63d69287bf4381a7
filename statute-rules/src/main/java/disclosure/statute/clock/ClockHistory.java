package disclosure.statute.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one application folded into what the clock needs: the receipt date and anchor in force, what
 * decides the answer date now, the extension and the excluded periods.
 *
 * <p>Inconsistent facts (no receipt, a pause ended that was never started …) are a translation bug upstream,
 * not a user error, and are rejected rather than silently producing a wrong deadline.
 */
final class ClockHistory {

    /** What decides the answer date: the last of 补正告知, 收到补正, 确定延迟答复期限 that happened. */
    enum Mode { COUNTING, AWAITING_SUPPLEMENT, DELAYED }

    /** An excluded period (start, end]; {@code end} is null while it is open. */
    record Pause(String id, PauseReason reason, LocalDate start, LocalDate end, int startIndex) {
        boolean isOpen() {
            return end == null;
        }
    }

    private final List<ClockFact> facts;
    private LocalDate receiptDate;
    private LocalDate supplementReceivedOn;
    private Mode mode = Mode.COUNTING;
    private ClockFact.SupplementRequested supplementRequest;
    private LocalDate delayedAnswerBy;
    private int delayedAnswerIndex = -1;
    private int extensionDays;
    private final List<Pause> allPauses = new ArrayList<>();
    private final Map<Integer, Pause> pauseByFactIndex = new HashMap<>();
    private final Set<Integer> ignoredFactIndexes = new HashSet<>();

    private ClockHistory(List<ClockFact> facts) {
        this.facts = List.copyOf(facts);
    }

    static ClockHistory of(List<ClockFact> facts, boolean feePausesClock) {
        ClockHistory history = new ClockHistory(facts);
        history.fold(feePausesClock);
        return history;
    }

    private void fold(boolean feePausesClock) {
        Map<String, Integer> openStarts = new LinkedHashMap<>();
        Set<String> ignoredOpenIds = new HashSet<>();
        for (int index = 0; index < facts.size(); index++) {
            ClockFact fact = facts.get(index);
            if (fact instanceof ClockFact.Received received) {
                if (receiptDate != null) {
                    throw new IllegalArgumentException(
                            "more than one Received fact; a later receipt date is a ReceiptDateCorrected");
                }
                receiptDate = received.receiptDate();
            } else if (fact instanceof ClockFact.ReceiptDateCorrected corrected) {
                receiptDate = corrected.receiptDate();
            } else if (fact instanceof ClockFact.SupplementRequested requested) {
                mode = Mode.AWAITING_SUPPLEMENT;
                supplementRequest = requested;
            } else if (fact instanceof ClockFact.SupplementReceived received) {
                mode = Mode.COUNTING;
                supplementReceivedOn = received.receivedOn();
            } else if (fact instanceof ClockFact.Extended extended) {
                extensionDays += extended.workingDays();
            } else if (fact instanceof ClockFact.PauseStarted started) {
                String id = started.pauseId();
                if (openStarts.containsKey(id) || ignoredOpenIds.contains(id)) {
                    throw new IllegalArgumentException("pause " + id + " started again while still open");
                }
                if (started.reason() == PauseReason.FEE_PAYMENT && !feePausesClock) {
                    ignoredOpenIds.add(id);
                    ignoredFactIndexes.add(index);
                } else {
                    openStarts.put(id, index);
                }
            } else if (fact instanceof ClockFact.PauseEnded ended) {
                if (ignoredOpenIds.remove(ended.pauseId())) {
                    ignoredFactIndexes.add(index);
                } else {
                    Integer startIndex = openStarts.remove(ended.pauseId());
                    if (startIndex == null) {
                        throw new IllegalArgumentException("pause " + ended.pauseId() + " ended but was not open");
                    }
                    Pause pause = pause((ClockFact.PauseStarted) facts.get(startIndex), ended.endedOn(), startIndex);
                    pauseByFactIndex.put(index, pause);
                }
            } else if (fact instanceof ClockFact.DelayedAnswerDateSet delayed) {
                mode = Mode.DELAYED;
                delayedAnswerBy = delayed.answerBy();
                delayedAnswerIndex = index;
            }
        }
        if (receiptDate == null) {
            throw new IllegalArgumentException("the facts have no Received fact: the clock cannot start");
        }
        for (int startIndex : openStarts.values()) {
            pause((ClockFact.PauseStarted) facts.get(startIndex), null, startIndex);
        }
    }

    private Pause pause(ClockFact.PauseStarted started, LocalDate end, int startIndex) {
        if (end != null && end.isBefore(started.startedOn())) {
            throw new IllegalArgumentException(
                    "pause " + started.pauseId() + " ends on " + end + ", before it started on " + started.startedOn());
        }
        Pause pause = new Pause(started.pauseId(), started.reason(), started.startedOn(), end, startIndex);
        allPauses.add(pause);
        pauseByFactIndex.put(startIndex, pause);
        return pause;
    }

    List<ClockFact> facts() {
        return facts;
    }

    LocalDate receiptDate() {
        return receiptDate;
    }

    /** The day the answer period counts from: the receipt, or the latest supplement received. */
    LocalDate anchor() {
        return supplementReceivedOn != null ? supplementReceivedOn : receiptDate;
    }

    boolean restartedBySupplement() {
        return supplementReceivedOn != null;
    }

    Mode mode() {
        return mode;
    }

    ClockFact.SupplementRequested supplementRequest() {
        return supplementRequest;
    }

    LocalDate delayedAnswerBy() {
        return delayedAnswerBy;
    }

    int extensionDays() {
        return extensionDays;
    }

    /**
     * The pauses that stop the clock, in no particular order: fee pauses are absent when they do not, and so are
     * pauses begun after an Art 35 date that now fixes the answer date.
     */
    List<Pause> pauses() {
        return allPauses.stream().filter(pause -> !isAfterDelayedAnswerDate(pause.startIndex())).toList();
    }

    /** The open pause that started first, if any pause is open. */
    Optional<Pause> earliestOpenPause() {
        return pauses().stream().filter(Pause::isOpen).min(Comparator.comparing(Pause::start));
    }

    /** The pause a PauseStarted or PauseEnded fact at this index belongs to; null if it was ignored. */
    Pause pauseAt(int factIndex) {
        return pauseByFactIndex.get(factIndex);
    }

    boolean isIgnored(int factIndex) {
        return ignoredFactIndexes.contains(factIndex);
    }

    /** Whether the fact at this index came after the Art 35 date that now fixes the answer date. */
    boolean isAfterDelayedAnswerDate(int factIndex) {
        return mode == Mode.DELAYED && factIndex > delayedAnswerIndex;
    }
}
