package eu.coact.engine.channel;

import java.util.Objects;

/**
 * A button under a message: pressing it sends back its value.
 *
 * @param value the value sent back, e.g. {@code yes}
 * @param label the text on the button, in the participant's language
 */
public record Button(String value, String label) {

    /** Checks presence. */
    public Button {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
