package eu.coact.content;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message that sends a file: an image (with alternative text) or a document, one file per
 * language, with an optional caption.
 *
 * @param id      the message id
 * @param kind    image or document
 * @param file    the file under the study's {@code media/} folder, per language
 * @param alt     what an image shows, per language; may be empty for documents
 * @param text    the caption per language; may be empty
 * @param pacing  the wait before the next message
 * @param next    where to go next
 * @param actions side effects once sent
 * @param fills   placeholder fillers by name
 */
public record Media(
        MessageId id,
        MediaKind kind,
        LocalizedText file,
        LocalizedText alt,
        LocalizedText text,
        @Valid Pacing pacing,
        Next next,
        List<@Valid Action> actions,
        Map<String, Placeholder> fills)
        implements Message {

    /** Checks presence and copies collections. */
    public Media {
        MessageRules.requireCommon(id, text, pacing, next);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alt, "alt");
        actions = List.copyOf(actions);
        fills = MessageRules.fills(fills);
    }

    @Override
    public String type() {
        return "media";
    }
}
