package disclosure.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker in KRaft mode for the tests, started once per test JVM (about 3 s). */
public final class TestKafka {
    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return broker.getBrokersAsString();
    }
}
