package eu.coact.engine;

/** What a participant can ask for at any moment, even in the middle of a block. */
public enum Command {
    /** Stop deliveries until resumed. */
    PAUSE,
    /** Start deliveries again after a pause. */
    RESUME,
    /** Leave the study, after confirming, with the choice to erase one's data. */
    WITHDRAW,
    /** Crisis resources for the participant's locale. */
    HELP,
    /** Choose another of the study's languages. */
    LANGUAGE,
    /** Choose another of the study's delivery frequencies. */
    FREQUENCY,
    /** Choose the time of day for deliveries. */
    TIME_WINDOW,
    /** Set one's time zone (a zone name or the current local time). */
    TIME_ZONE
}
