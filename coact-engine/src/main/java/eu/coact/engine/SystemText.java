package eu.coact.engine;

/**
 * The strings the engine itself sends, outside authored blocks. Their words are data, per
 * language, in {@link SystemTexts} (the SDK's language files and the study's own); the engine
 * never makes up text. In files each is written in lower case with hyphens: {@code not-paused}.
 */
public enum SystemText {
    /** Crisis resources for the participant's locale: phone lines, services. */
    HELP,
    /** Confirms a pause and says how to resume. */
    PAUSED,
    /** Confirms a resume. */
    RESUMED,
    /** Said when someone who is not paused asks to resume. */
    NOT_PAUSED,
    /** Asks to confirm leaving the study. */
    WITHDRAW_QUESTION,
    /** Asks whether to erase the participant's answers too. */
    ERASE_QUESTION,
    /** The confirming button. */
    YES,
    /** The declining button. */
    NO,
    /** Said when a participant decides not to leave after all. */
    STAYING,
    /** The last message after leaving, answers kept. */
    FAREWELL,
    /** The last message after leaving, answers erased. */
    FAREWELL_ERASED,
    /** Warns before a sensitive story; {@code {topics}} is replaced by the topics. */
    CONTENT_WARNING,
    /** Button: read the story after a warning. */
    READ,
    /** Button: skip the story after a warning. */
    SKIP,
    /** Asks for a language. */
    LANGUAGE_QUESTION,
    /** Confirms a language change. */
    LANGUAGE_CHANGED,
    /** Asks for a frequency. */
    FREQUENCY_QUESTION,
    /** Confirms a frequency change. */
    FREQUENCY_CHANGED,
    /** Asks for a time of day. */
    WINDOW_QUESTION,
    /** Confirms a time-of-day change. */
    WINDOW_CHANGED,
    /** Button: mornings. */
    WINDOW_MORNING,
    /** Button: midday. */
    WINDOW_MIDDAY,
    /** Button: evenings. */
    WINDOW_EVENING,
    /** Button: any time. */
    WINDOW_ANY,
    /** Asks for the time zone or the local time. */
    ZONE_QUESTION,
    /** Confirms a time zone change. */
    ZONE_CHANGED,
    /** An answer that is not one of the choices. */
    CHOOSE_A_BUTTON,
    /** A typed answer that does not have the expected form. */
    NOT_UNDERSTOOD,
    /** A message when nothing is waiting for an answer. */
    NOTHING_PENDING,
    /** Said after a press on a button of a message whose question is no longer open; nothing is recorded. */
    QUESTION_PASSED,
    /** Button of the built-in frequency question: once a day. */
    FREQUENCY_ONCE_A_DAY,
    /** Button of the built-in frequency question; {@code {times}} is replaced by the number. */
    FREQUENCY_TIMES_A_DAY,
    /** Button of the built-in frequency question: once a week. */
    FREQUENCY_ONCE_A_WEEK,
    /** Button of the built-in frequency question; {@code {times}} is replaced by the number. */
    FREQUENCY_TIMES_A_WEEK
}
