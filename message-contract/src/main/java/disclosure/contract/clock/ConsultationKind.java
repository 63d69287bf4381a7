package disclosure.contract.clock;

import disclosure.statute.clock.PauseReason;

/** Whom an agency consults before answering. */
public enum ConsultationKind {
    /** 征求第三方意见, Art 32. */
    THIRD_PARTY(PauseReason.THIRD_PARTY_CONSULTATION),
    /** 征求其他机关意见, Art 34. */
    OTHER_AGENCY(PauseReason.AGENCY_CONSULTATION);

    private final PauseReason pauseReason;

    ConsultationKind(PauseReason pauseReason) {
        this.pauseReason = pauseReason;
    }

    public PauseReason pauseReason() {
        return pauseReason;
    }
}
