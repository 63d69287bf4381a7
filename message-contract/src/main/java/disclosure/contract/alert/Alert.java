package disclosure.contract.alert;

import disclosure.contract.ApplicationEvent;

import java.time.LocalDate;

/**
 * 预警: a warning the system recorded about a statutory deadline, so that "was the handler warned, and when?" has an
 * answer years later. Recorded by the system ({@link ApplicationEvent#SYSTEM}) at the start of a working day.
 */
public interface Alert extends ApplicationEvent {
    /** The deadline the alert is about. */
    LocalDate deadline();

    /** What kind of alert, as named on the alert topic. */
    AlertKind kind();
}
