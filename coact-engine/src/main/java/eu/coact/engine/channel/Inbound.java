package eu.coact.engine.channel;

import eu.coact.core.Pseudonym;
import java.time.Instant;
import java.util.Objects;

/**
 * A reply as it arrives from a channel, already under the sender's pseudonym.
 *
 * @param from  the participant's pseudonym
 * @param reply what they sent
 * @param at    when it arrived
 */
public record Inbound(Pseudonym from, Reply reply, Instant at) {

    /** Checks presence. */
    public Inbound {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(at, "at");
    }

    /**
     * A pressed button.
     *
     * @param from     the participant's pseudonym
     * @param question the id of the message that showed the button ({@link Envelope#question()})
     * @param value    the button's value
     * @param at       when it arrived
     * @return the reply
     */
    public static Inbound press(Pseudonym from, String question, String value, Instant at) {
        return new Inbound(from, new Reply.ButtonPress(value, question), at);
    }

    /** Typed text. */
    public static Inbound typed(Pseudonym from, String text, Instant at) {
        return new Inbound(from, new Reply.TypedText(text), at);
    }
}
