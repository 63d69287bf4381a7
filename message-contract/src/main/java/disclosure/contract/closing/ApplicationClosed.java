package disclosure.contract.closing;

import disclosure.contract.ApplicationEvent;
import disclosure.statute.outcome.Outcome;

import java.time.LocalDate;

/** An event that ends an application (办结): it says which row of table 三 it closes into and on which day. */
public interface ApplicationClosed extends ApplicationEvent {
    Outcome outcome();

    LocalDate closedOn();
}
