/**
 * The message contract of the 依申请公开 case tracker: commands (imperative) and events (past tense) as records,
 * grouped by subdomain. Both services depend on it; events are stored as JSON and carried over Kafka, so
 * renaming or removing a field is a breaking change.
 */
package disclosure.contract;
