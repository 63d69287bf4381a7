package disclosure.faults.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints the {@link Summary} table once every scenario of the run has ended (registered in META-INF/services). */
public class SummaryPrinter implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Summary.isEmpty()) {
            System.out.println("\nFault suite summary (also in fault-tests/target/fault-summary.md):\n" + Summary.table());
        }
    }
}
