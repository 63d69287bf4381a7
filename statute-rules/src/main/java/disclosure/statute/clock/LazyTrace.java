package disclosure.statute.clock;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A clock reading's derivation, written the first time it is read. The command side reads the clock several times
 * in every command for its dates alone; the steps, every one a sentence for staff, are written only for those who
 * look at them (the application's detail page, the tests). Unmodifiable, like the list it stands for.
 */
final class LazyTrace extends AbstractList<ClockStep> implements RandomAccess {

    private final Supplier<List<ClockStep>> writer;
    private volatile List<ClockStep> steps;

    LazyTrace(Supplier<List<ClockStep>> writer) {
        this.writer = writer;
    }

    private List<ClockStep> steps() {
        List<ClockStep> written = steps;
        if (written == null) {
            synchronized (this) {
                written = steps;
                if (written == null) {
                    written = List.copyOf(writer.get());
                    steps = written;
                }
            }
        }
        return written;
    }

    @Override
    public ClockStep get(int index) {
        return steps().get(index);
    }

    @Override
    public int size() {
        return steps().size();
    }
}
