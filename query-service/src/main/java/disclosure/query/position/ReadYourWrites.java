package disclosure.query.position;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Makes a query wait until the events a client has just caused are reflected ({@code minPosition}). */
@Component
public class ReadYourWrites {
    private final ReadPosition readPosition;
    private final Duration timeout;

    public ReadYourWrites(ReadPosition readPosition,
                          @Value("${disclosure.read-your-writes-timeout:30s}") Duration timeout) {
        this.readPosition = readPosition;
        this.timeout = timeout;
    }

    /** @throws NotYetReflectedException if the position is not reached within the timeout (30 s by default) */
    public void awaitPosition(Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        try {
            if (!readPosition.awaitAtLeast(minPosition, timeout)) {
                throw new NotYetReflectedException(minPosition, readPosition.current());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotYetReflectedException(minPosition, readPosition.current());
        }
    }
}
