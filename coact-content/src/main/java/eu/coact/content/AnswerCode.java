package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.Objects;

/**
 * One coded answer in a codebook: the stored code and its label per language.
 *
 * @param code  the stored value, e.g. {@code 3} or {@code nvr}
 * @param label the label per language
 */
public record AnswerCode(String code, LocalizedText label) {

    /** Checks presence. */
    public AnswerCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
