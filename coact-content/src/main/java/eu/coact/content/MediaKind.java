package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a media message sends. */
public enum MediaKind {
    /** A picture; alternative text is required. */
    IMAGE,
    /** A document such as the informed-consent PDF. */
    DOCUMENT;

    /** The name used in files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@code code} in a file, if there is one. */
    public static Optional<MediaKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
