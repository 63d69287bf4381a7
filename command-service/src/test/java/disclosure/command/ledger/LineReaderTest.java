package disclosure.command.ledger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 台账 file split into lines: line ends, the last line, over-long lines, lines across buffer refills. */
class LineReaderTest {

    private static List<LedgerImporter.LineReader.Line> lines(InputStream in, int bufferSize, int maxLineBytes)
            throws IOException {
        LedgerImporter.LineReader reader = new LedgerImporter.LineReader(in, bufferSize, maxLineBytes);
        List<LedgerImporter.LineReader.Line> lines = new ArrayList<>();
        for (LedgerImporter.LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        assertThat(reader.next()).as("after the end").isNull();
        return lines;
    }

    private static InputStream of(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(LedgerImporter.LineReader.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnLineFeedAndDropsTheCarriageReturnOfWindowsLineEnds() throws IOException {
        List<LedgerImporter.LineReader.Line> lines = lines(of("甲\r\n乙\n\n丙"), 64, 100);

        assertThat(lines).extracting(LineReaderTest::text).containsExactly("甲", "乙", "", "丙");
        assertThat(lines).extracting(LedgerImporter.LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).noneMatch(LedgerImporter.LineReader.Line::tooLong);
    }

    @Test
    void aFileEndingWithALineFeedHasNoEmptyLastLine() throws IOException {
        assertThat(lines(of("a\nb\n"), 64, 100)).extracting(LineReaderTest::text).containsExactly("a", "b");
        assertThat(lines(of(""), 64, 100)).isEmpty();
    }

    @Test
    void linesLongerThanTheBufferArriveWholeWhateverTheStreamHandsOverAtATime() throws IOException {
        String longLine = "台账".repeat(40);
        // a stream that answers one byte per read, across a 7-byte buffer
        InputStream trickle = new FilterInputStream(of(longLine + "\nshort\n" + longLine)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        assertThat(lines(trickle, 7, 1000)).extracting(LineReaderTest::text)
                .containsExactly(longLine, "short", longLine);
    }

    @Test
    void aLineOverTheLimitIsMarkedTooLongAndTheNextLineIsReadIntact() throws IOException {
        List<LedgerImporter.LineReader.Line> lines = lines(of("0123456789\n01234\nabc"), 4, 5);

        assertThat(lines).extracting(LedgerImporter.LineReader.Line::tooLong).containsExactly(true, false, false);
        assertThat(lines.get(0).bytes()).hasSize(5);
        assertThat(lines).extracting(LineReaderTest::text).endsWith("01234", "abc");
        assertThat(lines).extracting(LedgerImporter.LineReader.Line::number).containsExactly(1L, 2L, 3L);
    }
}
