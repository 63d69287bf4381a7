package disclosure.web.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The web application's clock in tests: real time, moved forward by hand when a test needs time to pass (a session
 * left unused), and put back afterwards, so the services' real clocks and the pages' "today" stay in step otherwise.
 */
public final class ShiftableClock extends Clock {
    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        shift.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        shift.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift.get());
    }
}
