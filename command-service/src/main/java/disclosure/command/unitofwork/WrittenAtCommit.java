package disclosure.command.unitofwork;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes collected in a unit of work and written all at once, in its transaction, when the outermost unit of work
 * commits — as Axon does with the events: a nested unit of work hands its changes to the enclosing one when it
 * commits, one that rolls back takes them with it. Outside a unit of work a change is written at once.
 * <p>
 * Many changes then cost one statement instead of one each, and a change undone later in the same unit of work can
 * be left out (a 台账 line replays several commands in a row; a group of lines commits together).
 *
 * @param <T> one change
 */
public final class WrittenAtCommit<T> {
    private final String resourceKey;
    private final Consumer<List<T>> writer;

    /**
     * @param name   tells these changes apart from others collected in the same unit of work
     * @param writer writes the changes of the outermost unit of work, in the order they were made
     */
    public WrittenAtCommit(String name, Consumer<List<T>> writer) {
        this.resourceKey = WrittenAtCommit.class.getName() + "." + name;
        this.writer = writer;
    }

    public void add(T change) {
        if (CurrentUnitOfWork.isStarted()) {
            changesOf(CurrentUnitOfWork.get()).add(change);
        } else {
            writer.accept(List.of(change));
        }
    }

    private List<T> changesOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            List<T> changes = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> {
                UnitOfWork<?> parent = committing.parent().orElse(null);
                if (parent != null && !parent.phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
                    changesOf(parent).addAll(changes);
                } else if (!changes.isEmpty()) {
                    writer.accept(changes);
                }
            });
            return changes;
        });
    }

    /**
     * Runs {@code action} once the current database transaction has committed, or at once if there is none. The
     * transaction may commit after the unit of work (a 台账 import runs its units of work inside one), so it is the
     * transaction that is waited for.
     */
    public static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
