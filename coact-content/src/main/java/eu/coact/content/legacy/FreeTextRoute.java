package eu.coact.content.legacy;

import eu.coact.content.Next;
import eu.coact.content.TextFormat;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the original program hard-coded about a free-text ({@code WA}) message and the mapping
 * file now says: the answer's variable and format, a skip word, and where each outcome goes.
 * Immutable; no component is null.
 *
 * @param next      the next message after an answer (of the declared format, when one is given)
 * @param variable  the answer variable, when the legacy file's is not the one to keep
 * @param format    the shape an answer must have; empty: any text
 * @param skipWord  the word that skips the question, per language
 * @param onSkip    the next message when the skip word is typed
 * @param onInvalid the next message for an answer of another shape (usually one that asks again)
 */
public record FreeTextRoute(
        MessageId next,
        Optional<String> variable,
        Optional<TextFormat> format,
        Optional<LocalizedText> skipWord,
        Optional<MessageId> onSkip,
        Optional<MessageId> onInvalid) {

    /** Checks presence. */
    public FreeTextRoute {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(skipWord, "skipWord");
        Objects.requireNonNull(onSkip, "onSkip");
        Objects.requireNonNull(onInvalid, "onInvalid");
    }

    /** Only the next message: any text is an answer. */
    public static FreeTextRoute to(MessageId next) {
        return new FreeTextRoute(
                next, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Where the conversation goes, in the model: a three-way branch when the outcomes differ. */
    public Next asNext() {
        if (onSkip.isEmpty() && onInvalid.isEmpty()) {
            return Next.goTo(next);
        }
        return Next.onTyped(next, onSkip, onInvalid);
    }
}
