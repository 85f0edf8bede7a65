package eu.coact.examples.telegram;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a button's value into Telegram callback data and back. Telegram carries at most 64 bytes
 * of callback data; a value that fits (and is not empty and does not start with the marker {@code ~}) travels as
 * it is, so a press can be read without any memory. A longer value travels as {@code ~} and a
 * digest of the value, and is remembered here when its button is sent; a press on such a button
 * sent before a restart, whose value was not registered again (see {@link #of(Study)}), is
 * recognised as unknown rather than guessed.
 *
 * <p>Button values are authored content (e.g. {@code yes}, {@code A}), never a person's identity,
 * so a plain digest is enough. Thread-safe.
 */
public final class CallbackData {

    /** The most bytes of callback data Telegram accepts. */
    public static final int MAX_BYTES = 64;

    private static final String MARKER = "~";
    private static final char SEPARATOR = ':';
    private static final int DIGEST_BYTES = 24;

    private final Map<String, String> longValues = new ConcurrentHashMap<>();

    /** An empty mapping. */
    public CallbackData() {
        // Long values are registered as their buttons are sent.
    }

    /**
     * A mapping that knows every answer option of a study from the start, so that a press on a
     * button sent before a restart is still recognised when its value had to be shortened.
     *
     * @param study the study whose options are remembered
     * @return the mapping
     */
    public static CallbackData of(Study study) {
        CallbackData callbacks = new CallbackData();
        for (ContentBlock block : study.blocks().values()) {
            for (Message message : block.messages().values()) {
                List<Option> options = message instanceof SingleChoice single
                        ? single.options()
                        : message instanceof MultipleChoice multiple ? multiple.options() : List.of();
                options.forEach(option -> callbacks.encode(option.value()));
            }
        }
        return callbacks;
    }

    /**
     * The callback data for a button value, remembering it when it had to be shortened.
     *
     * @param value the button's stable value
     * @return data of at most {@link #MAX_BYTES} UTF-8 bytes
     */
    public String encode(String value) {
        Objects.requireNonNull(value, "value");
        if (fits(value)) {
            return value;
        }
        String data = MARKER + digest(value);
        longValues.put(data, value);
        return data;
    }

    /**
     * The button value behind callback data from a press.
     *
     * @param data the callback data Telegram sent back
     * @return the value, or empty for a shortened value this mapping does not know
     */
    public Optional<String> decode(String data) {
        Objects.requireNonNull(data, "data");
        if (data.startsWith(MARKER)) {
            return Optional.ofNullable(longValues.get(data));
        }
        return Optional.of(data);
    }

    /**
     * The callback data of a button on a message: the message's question id, a colon, then the
     * value as {@link #encode(String)} writes it, within {@link #MAX_BYTES} bytes (the value alone
     * when the question id is empty).
     *
     * @param question the question id of the message showing the button (no colon, at most
     *                 {@link eu.coact.engine.channel.Envelope#QUESTION_MAX_LENGTH} characters)
     * @param value    the button's value
     * @return the data
     */
    public String encode(String question, String value) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
        if (question.indexOf(SEPARATOR) >= 0
                || question.length() > eu.coact.engine.channel.Envelope.QUESTION_MAX_LENGTH) {
            throw new IllegalArgumentException("a question id has no colon and at most "
                    + eu.coact.engine.channel.Envelope.QUESTION_MAX_LENGTH + " characters");
        }
        if (question.isEmpty()) {
            // A message that asks nothing of the engine's: the value alone, read back as a stale press.
            return encode(value);
        }
        String prefix = question + SEPARATOR;
        if (fits(value) && (prefix + value).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return prefix + value;
        }
        String data = MARKER + digest(value);
        longValues.put(data, value);
        return prefix + data;
    }

    /**
     * The press behind callback data written by {@link #encode(String, String)}. Data without a
     * question id (a button sent by an older version) is a press with an empty question, which
     * the engine treats as a press on a message no longer current.
     *
     * @param data the callback data Telegram sent back
     * @return the press, or empty for a shortened value this mapping does not know
     */
    public Optional<Press> decodePress(String data) {
        Objects.requireNonNull(data, "data");
        int separator = data.indexOf(SEPARATOR);
        if (separator < 0 || separator > eu.coact.engine.channel.Envelope.QUESTION_MAX_LENGTH) {
            return decode(data).map(value -> new Press("", value));
        }
        String question = data.substring(0, separator);
        return decode(data.substring(separator + 1)).map(value -> new Press(question, value));
    }

    /**
     * A button press read from callback data.
     *
     * @param question the question id of the message the button was on; empty when unknown
     * @param value    the button's value
     */
    public record Press(String question, String value) {
        /** Checks presence. */
        public Press {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(value, "value");
        }
    }

    private static boolean fits(String value) {
        return !value.isEmpty()
                && !value.startsWith(MARKER)
                && value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static String digest(String value) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            byte[] cut = new byte[DIGEST_BYTES];
            System.arraycopy(full, 0, cut, 0, DIGEST_BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(cut);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Shows how many shortened values are known; values are content, but they stay out of logs anyway. */
    @Override
    public String toString() {
        return "CallbackData[" + longValues.size() + " shortened values]";
    }
}
