package eu.coact.engine.channel;

import eu.coact.core.Pseudonym;
import java.util.Objects;

/**
 * One message on its way to a participant, with its origin so that every text sent can be
 * traced to authored content or a configured system string.
 *
 * @param to      the participant's pseudonym
 * @param message what to show
 * @param origin  what kind of content it is and where its text comes from
 */
public record Envelope(Pseudonym to, Outgoing message, Origin origin) {

    /** Checks presence. */
    public Envelope {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(origin, "origin");
    }
}
