package eu.coact.engine.channel;

/** What a message is, as far as consent is concerned. */
public enum ContentKind {
    /** Content of the study's sequence, or a broadcast: only for participants who consented and are active. */
    STUDY,
    /** A system dialogue such as welcome and consent, or a settings dialogue: allowed before consent. */
    SYSTEM,
    /** A direct reply to a participant's own command (pause, help, withdraw, …): allowed while paused. */
    CONFIRMATION,
    /** The one message confirming a completed withdrawal; nothing follows it, ever. */
    FAREWELL
}
