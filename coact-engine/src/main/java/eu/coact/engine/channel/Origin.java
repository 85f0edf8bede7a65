package eu.coact.engine.channel;

import java.util.Objects;

/**
 * Where the text of a message comes from.
 *
 * @param kind      study content, a system dialogue, a confirmation or the farewell
 * @param reference the authored source, e.g. {@code block b07 message yo_1} or {@code system help}
 */
public record Origin(ContentKind kind, String reference) {

    /** Checks presence. */
    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }
}
