package eu.coact.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a release does when the participants table, as recorded, breaks the privacy model. */
public enum DisclosureAction {
    /** Apply the optimal generalisation (and the allowed record suppression); refuse only if none exists. */
    GENERALISE,
    /** Refuse to release anything; the coordinator decides what to change. */
    REFUSE;

    /** The name used in the release configuration, e.g. {@code generalise}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action written as {@code code} in a configuration, if there is one. */
    public static Optional<DisclosureAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
