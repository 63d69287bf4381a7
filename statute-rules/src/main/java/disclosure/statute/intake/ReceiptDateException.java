package disclosure.statute.intake;

/** The intake dates do not give a legal receipt date under Art 31. */
public class ReceiptDateException extends RuntimeException {
    private final String messageZh;
    private final String messageEn;

    public ReceiptDateException(String messageZh, String messageEn) {
        super(messageZh + " / " + messageEn);
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
