package disclosure.faults.crash;

import disclosure.faults.support.CommandLoad;
import disclosure.faults.support.FaultSystem;
import disclosure.faults.support.LogAudit;
import disclosure.faults.support.ScenarioCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 1: {@code kill -9} of each process in the middle of a bounded load of commands (400 in CI, 10,000 with
 * {@code -Pfaults-long}), then a restart. Every command that got a success answer is in the event log exactly once;
 * every command that met the fault without an answer is in the log whole or not at all (and, sent again with its
 * Idempotency-Key, is carried out once); the live read models equal a rebuild from the log.
 */
class CrashRecoveryTest {
    private static final int COMMANDS = Integer.getInteger("faults.commands", 400);
    private final FaultSystem system = FaultSystem.shared();

    @Test
    void commandServiceKilledMidLoad() {
        crash("kill -9 command-service", "某市交通运输局", true, () -> {
            system.killCommandService();
            system.startCommandService();
        });
    }

    @Test
    void queryServiceKilledMidLoad() {
        crash("kill -9 query-service", "某市生态环境局", false, () -> {
            system.killQueryService();
            system.startQueryService();
        });
    }

    @Test
    void kafkaBrokerKilledMidLoad() {
        crash("kill -9 Kafka broker", "某市市场监督管理局", false, () -> {
            system.kafka().kill();
            system.kafka().restart();
        });
    }

    @Test
    void postgresKilledMidLoad() {
        crash("kill -9 PostgreSQL", "某市住房和城乡建设局", true, () -> {
            system.postgres().kill();
            system.postgres().restart();
        });
    }

    /**
     * @param hitsCommands whether the fault must leave some commands without an answer (a killed command side or
     *                     database does; a killed query side or broker must not)
     */
    private void crash(String scenario, String agency, boolean hitsCommands, Runnable fault) {
        CommandLoad load = CommandLoad.start(system, agency, COMMANDS);
        await("a third of the load acknowledged").atMost(Duration.ofMinutes(10))
                .until(() -> load.acknowledged() >= COMMANDS / 3);
        fault.run();
        List<CommandLoad.Sent> sent = load.awaitEnd();

        LogAudit.Result audit = ScenarioCheck.verify(scenario, system, agency, sent);
        assertThat(audit.sent()).isEqualTo(COMMANDS);
        if (hitsCommands) {
            assertThat(audit.firstTryUnanswered()).as("commands that met the fault").isPositive();
        } else {
            assertThat(audit.firstTryUnanswered()).as("commands that met the fault").isZero();
        }
    }
}
