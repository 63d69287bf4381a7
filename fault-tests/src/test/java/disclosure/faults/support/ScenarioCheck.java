package disclosure.faults.support;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of every load scenario: the log audited against the answers, the read models against a rebuild, a row in
 * the {@link Summary}, and the assertions every scenario shares.
 */
public final class ScenarioCheck {
    private ScenarioCheck() {
    }

    public static LogAudit.Result verify(String scenario, FaultSystem system, String agency,
                                         List<CommandLoad.Sent> sent) {
        return verify(scenario, system, agency, sent, true);
    }

    /** @param throughApi whether the API's tables and list are compared too, not only the read-model tables */
    public static LogAudit.Result verify(String scenario, FaultSystem system, String agency,
                                         List<CommandLoad.Sent> sent, boolean throughApi) {
        LogAudit.Result audit = LogAudit.of(system, agency, sent);
        RebuildCheck.Result rebuild = throughApi ? RebuildCheck.compare(system) : RebuildCheck.compareTables(system);
        Summary.add(new Summary.Row(scenario, audit.sent(), audit.acknowledged(), audit.inLog(), rebuild.equal()));
        assertThat(audit.violations()).as("the log against the answers").isEmpty();
        assertThat(audit.acknowledged()).as("every command answered in the end, retried with its key")
                .isEqualTo(audit.sent());
        assertThat(rebuild.differences()).as("live read models against a rebuild").isEmpty();
        return audit;
    }
}
