package eu.coact.engine.channel;

import eu.coact.core.Pseudonym;
import java.util.Objects;

/**
 * One message on its way to a participant, with its origin so that every text sent can be
 * traced to authored content or a configured system string.
 *
 * <p>{@code question} names the message that shows the buttons: a channel sends it back with
 * every press on one of them ({@link Reply.ButtonPress#question()}), so that a press on a message
 * that is no longer current is recognised and never taken as the answer to a later question.
 * It is opaque, short (at most {@link #QUESTION_MAX_LENGTH} ASCII characters) and says nothing
 * about the participant.
 *
 * @param to       the participant's pseudonym
 * @param message  what to show
 * @param origin   what kind of content it is and where its text comes from
 * @param question the id of the question this message shows; empty when it was not sent by an engine
 */
public record Envelope(Pseudonym to, Outgoing message, Origin origin, String question) {

    /** The longest question id an engine writes. */
    public static final int QUESTION_MAX_LENGTH = 20;

    /** Checks presence and the question id's form. */
    public Envelope {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(question, "question");
        if (question.length() > QUESTION_MAX_LENGTH || !question.chars().allMatch(ch -> ch > ' ' && ch < 127)) {
            throw new IllegalArgumentException(
                    "a question id is at most " + QUESTION_MAX_LENGTH + " printable ASCII characters");
        }
    }

    /**
     * A message that asks no question of the engine's (a test's, or a channel's own notice).
     *
     * @param to      the participant's pseudonym
     * @param message what to show
     * @param origin  where its text comes from
     */
    public Envelope(Pseudonym to, Outgoing message, Origin origin) {
        this(to, message, origin, "");
    }
}
