package eu.coact.content.record;

/** The journal event types the engine writes; their payloads are flat JSON objects of strings. */
public final class ConversationEvents {

    /** A new participant wrote for the first time. */
    public static final String JOINED = "participant.joined";
    /** Consent given through a block's record-consent action. */
    public static final String CONSENT_GIVEN = "participant.consent-given";
    /** Consent refused. */
    public static final String CONSENT_REFUSED = "participant.consent-refused";
    /** Deliveries paused (command, action, or the channel reported the bot blocked). */
    public static final String PAUSED = "participant.paused";
    /** Deliveries resumed. */
    public static final String RESUMED = "participant.resumed";
    /** They decided to stay. */
    public static final String WITHDRAWAL_CANCELLED = "participant.withdrawal-cancelled";
    /** They confirmed leaving; the engine asks whether to erase. */
    public static final String WITHDRAWAL_CONFIRMED = "participant.withdrawal-confirmed";
    /** They left, keeping their answers. */
    public static final String WITHDREW = "participant.withdrew";
    /** They left and their answers were erased (written after the redaction). */
    public static final String ERASED = "participant.erased";

    /**
     * A block started, with its first message sent (unless a content warning comes first); for a
     * block of the sequence, {@code due} is the scheduled delivery it runs (its handover).
     */
    public static final String BLOCK_STARTED = "conversation.block-started";
    /** A message was handed to the channel. */
    public static final String MESSAGE_SENT = "conversation.message-sent";
    /** An answer was accepted. */
    public static final String ANSWERED = "conversation.answered";
    /** A block ended; {@code next} and {@code due} name the delivery scheduled right after, if any. */
    public static final String BLOCK_COMPLETED = "conversation.block-completed";
    /** A sensitive block was skipped after its warning. */
    public static final String BLOCK_SKIPPED = "conversation.block-skipped";
    /** A block was left unfinished (pause or withdrawal). */
    public static final String BLOCK_ABANDONED = "conversation.block-abandoned";
    /** A delivery failed for a passing reason; the message is retried at {@code retry} (epoch ms). */
    public static final String DELIVERY_FAILED = "conversation.delivery-failed";
    /** A message waits behind one being retried. */
    public static final String DELIVERY_HELD = "conversation.delivery-held";
    /** A retried message went through; the messages held behind it follow. */
    public static final String DELIVERY_RECOVERED = "conversation.delivery-recovered";
    /** The engine asked a question of its own (warning, withdrawal, setting). */
    public static final String PROMPTED = "conversation.prompted";
    /** The engine's own question was answered or dropped. */
    public static final String PROMPT_CLOSED = "conversation.prompt-closed";
    /** A profile field was set by an action. */
    public static final String PROFILE_SET = "participant.profile-set";
    /** A delivery setting changed (language, frequency, window, zone). */
    public static final String SETTING_CHANGED = "participant.setting-changed";
    /** A message could not be delivered after every retry. */
    public static final String UNREACHABLE = "participant.unreachable";
    /** Consent given in the chat that the consent ledger did not accept (with the reason); not consented. */
    public static final String CONSENT_NOT_RECORDED = "participant.consent-not-recorded";
    /** A broadcast to every active participant (about the study, not one participant). */
    public static final String BROADCAST = "study.broadcast";

    private ConversationEvents() {}

    /** True for the event types this engine writes (a shared journal holds others, too). */
    public static boolean isEngine(String type) {
        return type.startsWith("participant.") || type.startsWith("conversation.") || type.startsWith("delivery.");
    }

    /** True for the facts the consent gate reads. */
    public static boolean isLifecycle(String type) {
        return type.startsWith("participant.") && !type.equals(PROFILE_SET) && !type.equals(SETTING_CHANGED);
    }
}
