package disclosure.query.report;

import disclosure.contract.proactive.DocumentKind;
import disclosure.query.report.full.ReportGenerator;
import disclosure.query.report.full.ReportJson;
import disclosure.query.report.full.ReportLedger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report ledger copied and folded on (what {@code LogFolds} does instead of folding the whole log again for each
 * report): the copy ends exactly where one fold from the start of the log ends, and the original is left as it was.
 */
class ReportLedgerCopyTest {

    private static List<RecordedEvent> log() {
        List<RecordedEvent> events = new ArrayList<>(SampleCity.events());
        long next = events.get(events.size() - 1).position() + 1;
        // the proactive part (table 二) too: documents issued after the applications
        for (RecordedEvent document : new EventLog().agency(SampleCity.A)
                .documentIssued("doc-1", DocumentKind.NORMATIVE_DOCUMENT, "规〔2024〕1号", "2024-04-01")
                .documentIssued("doc-2", DocumentKind.NORMATIVE_DOCUMENT, "规〔2024〕2号", "2024-09-01")
                .events()) {
            events.add(new RecordedEvent(next++, document.eventId() + "-proactive", document.event()));
        }
        return events;
    }

    private static ReportLedger folded(List<RecordedEvent> events) {
        ReportLedger ledger = new ReportLedger();
        events.forEach(ledger::apply);
        return ledger;
    }

    private static byte[] report(ReportLedger ledger, String agency) {
        return ReportJson.bytes(ReportGenerator.generate(ledger, ledger.position(), null, 2024, agency,
                ReportGenerator.Edits.NONE, null));
    }

    @Test
    void aCopyFoldedOnEqualsOneFoldFromTheStartAndTheOriginalStaysAsItWas() {
        List<RecordedEvent> log = log();
        int half = log.size() / 2;
        ReportLedger original = folded(log.subList(0, half));
        byte[] originalReport = report(original, null);
        String originalHash = original.eventsHash(null);
        long originalCount = original.eventCount(null);

        ReportLedger copy = original.copy();
        log.subList(half, log.size()).forEach(copy::apply);
        ReportLedger fromTheStart = folded(log);

        assertThat(copy.position()).isEqualTo(fromTheStart.position());
        assertThat(copy.eventsHash(null)).isEqualTo(fromTheStart.eventsHash(null));
        assertThat(copy.eventsHash(SampleCity.A)).isEqualTo(fromTheStart.eventsHash(SampleCity.A));
        assertThat(copy.eventCount(SampleCity.B)).isEqualTo(fromTheStart.eventCount(SampleCity.B));
        assertThat(copy.agencies()).isEqualTo(fromTheStart.agencies());
        assertThat(report(copy, null)).isEqualTo(report(fromTheStart, null));
        assertThat(report(copy, SampleCity.A)).isEqualTo(report(fromTheStart, SampleCity.A));

        assertThat(original.eventsHash(null)).isEqualTo(originalHash).isNotEqualTo(copy.eventsHash(null));
        assertThat(original.eventCount(null)).isEqualTo(originalCount).isLessThan(copy.eventCount(null));
        assertThat(report(original, null)).isEqualTo(originalReport);
    }
}
