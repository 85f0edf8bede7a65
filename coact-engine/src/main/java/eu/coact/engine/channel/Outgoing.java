package eu.coact.engine.channel;

import java.util.List;
import java.util.Objects;

/**
 * A message as a channel shows it. Texts may use simple formatting that channels render or
 * strip: {@code *bold*} and {@code _italic_}.
 */
public sealed interface Outgoing permits Outgoing.Text, Outgoing.Picture, Outgoing.Document {

    /** The text shown (for files: the caption, possibly empty). */
    String text();

    /** The buttons offered, in display order; empty when no answer is expected or it is typed. */
    List<Button> buttons();

    /**
     * A text message, with buttons when it asks a question.
     *
     * @param text    the text
     * @param buttons the buttons
     */
    record Text(String text, List<Button> buttons) implements Outgoing {
        /** Copies the buttons. */
        public Text {
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * An image with a caption and alternative text.
     *
     * @param file    the image file name in the study's media folder
     * @param text    the caption
     * @param alt     what the image shows, for people who cannot see it
     * @param buttons the buttons
     */
    record Picture(String file, String text, String alt, List<Button> buttons) implements Outgoing {
        /** Checks presence and copies the buttons. */
        public Picture {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(alt, "alt");
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * A document such as the consent form.
     *
     * @param file the document file name in the study's media folder
     * @param text the caption
     */
    record Document(String file, String text) implements Outgoing {
        /** Checks presence. */
        public Document {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<Button> buttons() {
            return List.of();
        }
    }
}
