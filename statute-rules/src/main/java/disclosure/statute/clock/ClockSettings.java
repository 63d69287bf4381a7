package disclosure.statute.clock;

/**
 * The [OPEN] points of STATUTE.md §1 an installation may decide differently.
 *
 * @param feePausesClock whether the period between a fee notice and its payment is excluded from the answer
 *                       clock (default: yes)
 */
public record ClockSettings(boolean feePausesClock) {
    public static final ClockSettings DEFAULTS = new ClockSettings(true);
}
