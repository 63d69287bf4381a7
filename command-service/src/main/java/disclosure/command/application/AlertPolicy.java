package disclosure.command.application;

import java.util.List;

/**
 * When an application's alerts fire: the hour of the working day, and how many working days ahead of each deadline,
 * possibly different per agency.
 */
public interface AlertPolicy {
    int hour();

    List<Integer> answerDueSoon(String agency);

    List<Integer> supplementNoticeClosing(String agency);

    /** Working days before an agency's reply in a 复议 or its defence in a lawsuit is due. */
    List<Integer> appealReplyDueSoon(String agency);

    /**
     * The defaults: 08:00, 5 and 1 working days before the answer, 2 before the 补正 notice window closes, 3 and 1
     * before an appeal reply.
     */
    AlertPolicy DEFAULTS = new AlertPolicy() {
        @Override
        public int hour() {
            return 8;
        }

        @Override
        public List<Integer> answerDueSoon(String agency) {
            return List.of(5, 1);
        }

        @Override
        public List<Integer> supplementNoticeClosing(String agency) {
            return List.of(2);
        }

        @Override
        public List<Integer> appealReplyDueSoon(String agency) {
            return List.of(3, 1);
        }
    };
}
