package disclosure.query.report;

import disclosure.contract.closing.AnswerRecorded;
import disclosure.contract.intake.ApplicationReceived;
import disclosure.statute.intake.ApplicantCategory;
import disclosure.statute.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Redelivery must not change the tables: the query side replays from any offset. */
class FactsLedgerTest {
    private final List<RecordedEvent> events = SampleCity.events();

    @Test
    void theSameEventsTwiceGiveTheSameTables() {
        FactsLedger once = new FactsLedger();
        once.applyAll(events);
        FactsLedger twice = new FactsLedger();
        twice.applyAll(events);

        List<RecordedEvent> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        assertThat(reversed).noneMatch(twice::apply);
        assertThat(events).noneMatch(twice::apply);

        assertThat(twice.facts()).isEqualTo(once.facts());
        assertSameReports(once.tables(), twice.tables());
    }

    @Test
    void anOldEventAfterANewerOneIsIgnoredEvenUnderAnotherId() {
        FactsLedger ledger = new FactsLedger();
        ledger.applyAll(events);
        AnnualTables before = ledger.tables();

        // a22 was registered as 自然人 and corrected to 法律服务机构; a23 was answered 2 and corrected to 3.4.
        // Their original events come back with fresh ids (a producer that re-sent them), at their old positions.
        RecordedEvent a22Received = find(ApplicationReceived.class, "a22");
        RecordedEvent a23Answered = find(AnswerRecorded.class, "a23");
        assertThat(ledger.apply(new RecordedEvent(a22Received.position(), "resent-1", a22Received.event()))).isFalse();
        assertThat(ledger.apply(new RecordedEvent(a23Answered.position(), "resent-2", a23Answered.event()))).isFalse();

        assertThat(ledger.facts("a22")).get().extracting(ApplicationFacts::category)
                .isEqualTo(ApplicantCategory.LEGAL_SERVICE_INSTITUTION);
        assertThat(ledger.facts("a23")).get().extracting(ApplicationFacts::outcome)
                .isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
        assertSameReports(before, ledger.tables());
    }

    @Test
    void aRepeatedEventIdIsIgnoredAtAnyPosition() {
        FactsLedger ledger = new FactsLedger();
        ledger.applyAll(events);
        RecordedEvent last = events.get(events.size() - 1);

        assertThat(ledger.apply(new RecordedEvent(last.position() + 100, last.eventId(),
                find(AnswerRecorded.class, "a01").event()))).isFalse();
        assertThat(ledger.facts("a01")).get().extracting(ApplicationFacts::outcome).isEqualTo(Outcome.DISCLOSED);
    }

    @Test
    void anApplicationWhoseRegistrationWasNeverSeenIsNotCounted() {
        List<RecordedEvent> stream = new EventLog()
                .received("x1", "2024-0001", ApplicantCategory.NATURAL_PERSON, "2024-03-01")
                .answered("x1", Outcome.DISCLOSED, "2024-03-10")
                .events();
        FactsLedger ledger = new FactsLedger();
        // The answer arrives first; the registration behind it is older and is dropped by position.
        ledger.apply(stream.get(1));
        ledger.apply(stream.get(0));

        assertThat(ledger.facts("x1")).get().extracting(ApplicationFacts::registered).isEqualTo(false);
        assertThat(ledger.tables().table3(2024, null).row("total")).containsOnly(0);
    }

    private RecordedEvent find(Class<?> type, String applicationId) {
        return events.stream()
                .filter(e -> type.isInstance(e.event()) && e.event().applicationId().equals(applicationId))
                .findFirst().orElseThrow();
    }

    private static void assertSameReports(AnnualTables expected, AnnualTables actual) {
        for (int year = 2023; year <= 2025; year++) {
            for (String agency : Stream.of(SampleCity.A, SampleCity.B, null).toList()) {
                assertThat(actual.report(year, agency)).as("%d %s", year, agency)
                        .isEqualTo(expected.report(year, agency));
            }
        }
    }
}
