package eu.coact.engine;

/** Where a participant stands in the study, as far as contacting them is concerned. */
public enum Standing {
    /** Joined but has not consented (or refused): only system dialogues. */
    INVITED,
    /** Consented and receiving content. */
    ACTIVE,
    /** Paused: nothing but confirmations of their own commands. */
    PAUSED,
    /** Confirmed leaving and is choosing whether to erase their answers: confirmations only. */
    WITHDRAWING,
    /** Left the study: never contacted again. */
    WITHDRAWN
}
