package eu.coact.examples.serve;

import eu.coact.engine.channel.Button;
import java.util.List;
import java.util.Objects;

/**
 * One message as the web chat page shows it. Immutable; no component is null.
 *
 * @param sequence its number in the participant's mailbox, from 1
 * @param html     the text as safe HTML (escaped, with only {@code <strong>}, {@code <em>}, links and {@code <br>})
 * @param file     the media file name of an image or document, or empty
 * @param kind     {@code text}, {@code image} or {@code document}
 * @param alt      what an image shows, or empty
 * @param buttons  the buttons offered
 * @param question the engine's id of the question the buttons answer (sent back with a press), or empty
 */
public record WebMessage(
        long sequence, String html, String file, String kind, String alt, List<Button> buttons, String question) {

    /** Checks presence and copies the buttons. */
    public WebMessage {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(alt, "alt");
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(question, "question");
    }
}
