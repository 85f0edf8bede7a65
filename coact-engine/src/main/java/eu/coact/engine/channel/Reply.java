package eu.coact.engine.channel;

import java.util.Objects;

/** What a participant sent: a button press or typed text. */
public sealed interface Reply permits Reply.ButtonPress, Reply.TypedText {

    /**
     * A pressed button.
     *
     * @param value    the button's value
     * @param question the id of the message that showed the button ({@link Envelope#question()}),
     *                 empty when the channel cannot tell (the press is then taken as stale)
     */
    record ButtonPress(String value, String question) implements Reply {
        /** Checks presence. */
        public ButtonPress {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(question, "question");
        }
    }

    /**
     * Typed text.
     *
     * @param text what was typed
     */
    record TypedText(String text) implements Reply {
        /** Checks presence. */
        public TypedText {
            Objects.requireNonNull(text, "text");
        }

        /** The length only: typed text may be personal and does not belong in logs. */
        @Override
        public String toString() {
            return "TypedText[" + text.length() + " characters]";
        }
    }
}
