package disclosure.query.report.full;

import disclosure.contract.ApplicationEvent;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.contract.proactive.ProactiveDisclosureEvent;
import disclosure.query.report.AnnualTables;
import disclosure.query.report.FactsLedger;
import disclosure.query.report.RecordedEvent;
import disclosure.query.report.proactive.ProactiveLedger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the annual report counts, folded from the event log in position order: the applications (tables 三
 * and 四), the documents and figures of table 二, answers' timeliness and fees paid; and, per agency and for all
 * agencies together, how many events were counted and a SHA-256 over them ({@code position:eventId} lines in
 * position order), which seals a snapshot to exactly those events.
 */
public final class ReportLedger {
    private static final String ALL = "\u0000all";

    private final FactsLedger applications;
    private final ProactiveLedger proactive;
    private final ApplicantActivity activity;
    private final Map<String, String> agencyOfStream;
    private final Map<String, MessageDigest> digests;
    private final Map<String, Long> counts;
    private long position;
    private AnnualTables tables;

    public ReportLedger() {
        this.applications = new FactsLedger();
        this.proactive = new ProactiveLedger();
        this.activity = new ApplicantActivity();
        this.agencyOfStream = new HashMap<>();
        this.digests = new HashMap<>();
        this.counts = new HashMap<>();
    }

    private ReportLedger(ReportLedger original) {
        this.applications = original.applications.copy();
        this.proactive = original.proactive.copy();
        this.activity = original.activity.copy();
        this.agencyOfStream = new HashMap<>(original.agencyOfStream);
        this.digests = new HashMap<>();
        original.digests.forEach((key, digest) -> digests.put(key, cloned(digest)));
        this.counts = new HashMap<>(original.counts);
        this.position = original.position;
        this.tables = original.tables;
    }

    /**
     * A ledger with everything this one folded, to fold further events into while this one stays as it is: a fold
     * goes on from an earlier one instead of from the start of the log.
     */
    public ReportLedger copy() {
        return new ReportLedger(this);
    }

    /** Folds the next event; events must come in position order. */
    public void apply(RecordedEvent recorded) {
        ApplicationEvent event = recorded.event();
        if (event instanceof ProactiveDisclosureEvent e) {
            proactive.apply(e);
            agencyOfStream.putIfAbsent(e.applicationId(), e.agency());
        } else if (applications.apply(recorded)) {
            activity.apply(event);
            if (event instanceof ApplicationReceived e) {
                agencyOfStream.put(e.applicationId(), e.agency());
            }
        } else {
            return;
        }
        tables = null;
        position = Math.max(position, recorded.position());
        byte[] line = (recorded.position() + ":" + recorded.eventId() + "\n").getBytes(StandardCharsets.UTF_8);
        count(ALL, line);
        String agency = agencyOfStream.get(event.applicationId());
        if (agency != null) {
            count(agency, line);
        }
    }

    /** The highest position folded. */
    public long position() {
        return position;
    }

    /** The events counted for one agency (null: all agencies). */
    public long eventCount(String agency) {
        return counts.getOrDefault(agency == null ? ALL : agency, 0L);
    }

    /** SHA-256 (hex) over the events counted for one agency (null: all agencies). */
    public String eventsHash(String agency) {
        MessageDigest digest = digests.get(agency == null ? ALL : agency);
        return HexFormat.of().formatHex((digest == null ? newDigest() : cloned(digest)).digest());
    }

    private static MessageDigest cloned(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every agency with an application, a document or a figure, in pinyin order. */
    public List<String> agencies() {
        return Stream.concat(tables().agencies().stream(), proactive.agencies()).distinct()
                .sorted(Collator.getInstance(Locale.CHINA)).toList();
    }

    /** Tables 三 and 四 over what was folded so far (computed once until the next event). */
    public synchronized AnnualTables tables() {
        if (tables == null) {
            tables = applications.tables();
        }
        return tables;
    }

    public ProactiveLedger proactive() {
        return proactive;
    }

    ApplicantActivity activity() {
        return activity;
    }

    private void count(String key, byte[] line) {
        digests.computeIfAbsent(key, k -> newDigest()).update(line);
        counts.merge(key, 1L, Long::sum);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
