package eu.coact.engine.channel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * A document such as the file of a consent document.
     *
     * <p>When {@code sha256} is not empty the message promises exactly those bytes: a channel that
     * sends the file's bytes sends it only when they have this digest, and otherwise reports
     * {@link Delivery#failed(String)}, so that what is recorded as delivered is what the
     * participant got. The engine promises the bytes of a consent document's file.
     *
     * @param file   the document file name in the study's media folder
     * @param text   the caption
     * @param sha256 the lower-case hexadecimal SHA-256 the file's bytes must have, or empty when
     *               no particular bytes are promised
     */
    record Document(String file, String text, String sha256) implements Outgoing {
        /** Checks presence and the digest's form. */
        public Document {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sha256, "sha256");
            if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a file digest is 64 lower-case hexadecimal characters");
            }
        }

        /**
         * A document that promises no particular bytes.
         *
         * @param file the document file name in the study's media folder
         * @param text the caption
         */
        public Document(String file, String text) {
            this(file, text, "");
        }

        /** The digest the file's bytes must have, when the message promises particular bytes. */
        public Optional<String> promised() {
            return sha256.isEmpty() ? Optional.empty() : Optional.of(sha256);
        }

        /**
         * Whether bytes read for this document may be sent as it: they have the promised digest,
         * or no particular bytes are promised. Every channel checks the bytes it is about to hand
         * over with this one rule.
         *
         * @param bytes the file's bytes as read now
         * @return true when they keep the promise
         */
        public boolean keptBy(byte[] bytes) {
            return sha256.isEmpty() || sha256.equals(eu.coact.consent.ConsentFile.sha256Of(bytes));
        }

        @Override
        public List<Button> buttons() {
            return List.of();
        }
    }
}
