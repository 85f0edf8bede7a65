package eu.coact.core.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two formats a person writes CoAct files in. */
public enum DocumentFormat {
    /** JSON (RFC 8259). */
    JSON,
    /** YAML 1.1, without aliases or custom tags. */
    YAML;

    /**
     * The format a file name implies: {@code .json}, or {@code .yaml}/{@code .yml}.
     *
     * @param file a file name or path
     * @return the format, or empty for any other extension
     */
    public static Optional<DocumentFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
