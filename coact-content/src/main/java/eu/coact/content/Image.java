package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.Objects;

/**
 * An illustration: a file per language (often the same file) and its alternative text, which
 * is required so that participants who cannot see the image still get its content.
 *
 * @param file the file name under the study's {@code media/} folder, per language
 * @param alt  what the image shows, per language
 */
public record Image(LocalizedText file, LocalizedText alt) {

    /** Checks presence. */
    public Image {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alt, "alt");
    }
}
