package eu.coact.content;

import eu.coact.core.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One button of a choice: a stable value (what is stored and coded) and a label per language.
 *
 * @param value   the stored value, e.g. {@code A} or {@code nvr}; the same in every language
 * @param label   the button text per language
 * @param missing true for a missing-value code such as "I'd rather not answer"
 */
public record Option(
        @NotBlank(message = "a button needs a value") @Size(max = 64, message = "a value has at most 64 characters")
        String value,

        LocalizedText label,
        boolean missing) {

    /** Checks presence. */
    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    /** An answer option. */
    public static Option of(String value, LocalizedText label) {
        return new Option(value, label, false);
    }

    /** A missing-value option, such as "I'd rather not answer" ({@code nvr}). */
    public static Option missing(String value, LocalizedText label) {
        return new Option(value, label, true);
    }
}
