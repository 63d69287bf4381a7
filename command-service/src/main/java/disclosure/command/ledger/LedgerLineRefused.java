package disclosure.command.ledger;

/** A ledger line that cannot be imported as it stands; nothing of it is stored. */
public class LedgerLineRefused extends RuntimeException {
    private final String code;
    private final String messageZh;
    private final String messageEn;

    public LedgerLineRefused(String code, String messageZh, String messageEn) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
