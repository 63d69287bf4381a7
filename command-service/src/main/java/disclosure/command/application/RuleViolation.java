package disclosure.command.application;

/** A command broke a {@link Rule}: nothing was recorded. The details say what exactly, for staff and integrators. */
public class RuleViolation extends RuntimeException {
    private final Rule rule;
    private final String detailZh;
    private final String detailEn;

    public RuleViolation(Rule rule, String detailZh, String detailEn) {
        super(rule.name() + ": " + detailEn);
        this.rule = rule;
        this.detailZh = detailZh;
        this.detailEn = detailEn;
    }

    public RuleViolation(Rule rule) {
        this(rule, rule.titleZh(), rule.titleEn());
    }

    public Rule rule() {
        return rule;
    }

    public String detailZh() {
        return detailZh;
    }

    public String detailEn() {
        return detailEn;
    }
}
