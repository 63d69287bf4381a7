package disclosure.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import disclosure.contract.closing.AnswerRecorded;
import disclosure.statute.clock.Timeliness;
import disclosure.statute.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTest {

    @Test
    void everyEventRecordOfTheContractHasAWireName() throws IOException, URISyntaxException {
        Path root = Path.of(ApplicationEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> events;
        try (Stream<Path> files = Files.walk(root)) {
            events = files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EventTypesTest::load)
                    .filter(type -> type.isRecord() && ApplicationEvent.class.isAssignableFrom(type))
                    .toList();
        }
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(EventTypes.ALL).containsExactlyInAnyOrderElementsOf(
                events.stream().map(type -> type.asSubclass(ApplicationEvent.class)).toList());
        events.forEach(type -> assertThat(EventTypes.classOf(EventTypes.nameOf(type))).contains(
                type.asSubclass(ApplicationEvent.class)));
        assertThat(EventTypes.classOf("SomethingFromTheFuture")).isEmpty();
    }

    @Test
    void eventsTravelAsJsonWithOutcomeCodesAndIsoDates() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        AnswerRecorded event = new AnswerRecorded("a-1", Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "条例第十五条",
                LocalDate.of(2024, 3, 15), "涉及商业秘密", LocalDate.of(2024, 3, 29), Timeliness.ON_TIME, "u-1",
                Instant.parse("2024-03-15T02:00:00Z"));

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"outcome\":\"3.4\"", "\"answeredOn\":\"2024-03-15\"",
                "\"at\":\"2024-03-15T02:00:00Z\"");
        assertThat(json.readValue(text, AnswerRecorded.class)).isEqualTo(event);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
