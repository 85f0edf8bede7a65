package eu.coact.engine;

/**
 * The strings the engine itself sends, outside authored blocks. A study configures them per
 * language in {@link SystemTexts}; the engine never makes up text.
 */
public enum SystemText {
    /** Crisis resources for the participant's locale: phone lines, services. */
    HELP("If you are in crisis, please contact your local emergency number or a crisis line."),
    /** Confirms a pause and says how to resume. */
    PAUSED("Deliveries are paused. Type resume whenever you want to continue."),
    /** Confirms a resume. */
    RESUMED("Welcome back: deliveries continue."),
    /** Said when someone who is not paused asks to resume. */
    NOT_PAUSED("Deliveries are not paused."),
    /** Asks to confirm leaving the study. */
    WITHDRAW_QUESTION("Do you want to leave the study? You will not receive any more messages."),
    /** Asks whether to erase the participant's answers too. */
    ERASE_QUESTION("Do you also want us to erase your answers?"),
    /** The confirming button. */
    YES("Yes"),
    /** The declining button. */
    NO("No"),
    /** Said when a participant decides not to leave after all. */
    STAYING("Thank you for staying."),
    /** The last message after leaving, answers kept. */
    FAREWELL("You have left the study. Thank you for your participation."),
    /** The last message after leaving, answers erased. */
    FAREWELL_ERASED("You have left the study and your answers were erased. Thank you for your participation."),
    /** Warns before a sensitive story; {@code {topics}} is replaced by the topics. */
    CONTENT_WARNING("The next story talks about {topics}. Do you want to read it?"),
    /** Button: read the story after a warning. */
    READ("Read it"),
    /** Button: skip the story after a warning. */
    SKIP("Skip it"),
    /** Asks for a language. */
    LANGUAGE_QUESTION("Which language do you prefer?"),
    /** Confirms a language change. */
    LANGUAGE_CHANGED("Language changed."),
    /** Asks for a frequency. */
    FREQUENCY_QUESTION("How often do you want to receive a story?"),
    /** Confirms a frequency change. */
    FREQUENCY_CHANGED("Frequency changed."),
    /** Asks for a time of day. */
    WINDOW_QUESTION("When in the day do you prefer to receive stories?"),
    /** Confirms a time-of-day change. */
    WINDOW_CHANGED("Time of day changed."),
    /** Button: mornings. */
    WINDOW_MORNING("Morning"),
    /** Button: midday. */
    WINDOW_MIDDAY("Midday"),
    /** Button: evenings. */
    WINDOW_EVENING("Evening"),
    /** Button: any time. */
    WINDOW_ANY("Any time"),
    /** Asks for the time zone or the local time. */
    ZONE_QUESTION("What time is it where you are (for example 09:30)? You can also type a time zone such as Europe/Madrid."),
    /** Confirms a time zone change. */
    ZONE_CHANGED("Time zone changed."),
    /** An answer that is not one of the choices. */
    CHOOSE_A_BUTTON("Please choose one of the buttons."),
    /** A typed answer that does not have the expected form. */
    NOT_UNDERSTOOD("Sorry, that answer does not have the expected form. Please try again."),
    /** Said after a press on a button of a message whose question is no longer open; nothing is recorded. */
    QUESTION_PASSED("That question has passed."),
    /** Button of the built-in frequency question: once a day. */
    FREQUENCY_ONCE_A_DAY("Once a day"),
    /** Button of the built-in frequency question; {@code {times}} is replaced by the number. */
    FREQUENCY_TIMES_A_DAY("{times} times a day"),
    /** Button of the built-in frequency question: once a week. */
    FREQUENCY_ONCE_A_WEEK("Once a week"),
    /** Button of the built-in frequency question; {@code {times}} is replaced by the number. */
    FREQUENCY_TIMES_A_WEEK("{times} times a week"),
    /** A message when nothing is waiting for an answer. */
    NOTHING_PENDING("Thank you. The next story will arrive at your chosen time. Type help for support.");

    private final String english;

    SystemText(String english) {
        this.english = english;
    }

    /** The English default. */
    public String english() {
        return english;
    }
}
