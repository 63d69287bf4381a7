package disclosure.contract.proactive;

import disclosure.contract.ApplicationEvent;

/**
 * An event of 主动公开 (table 二), recorded per agency. It travels on the same stream as the events of
 * applications: {@link #applicationId()} is the id of the record it belongs to (a document or a tally), the
 * stream's key, not an application.
 */
public interface ProactiveDisclosureEvent extends ApplicationEvent {

    String agency();
}
