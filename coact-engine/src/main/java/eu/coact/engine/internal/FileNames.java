package eu.coact.engine.internal;

import eu.coact.core.read.NodeReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the engine's fixed sets (system texts, commands, content-warning topics) are named in the
 * files people write, and the one way a key naming one of them is read: the value, or an
 * {@code unknown-value} problem that lists every name the reader may use.
 */
final class FileNames {

    private FileNames() {}

    /** The name of a constant in files: lower case with hyphens, e.g. {@code time-window}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant a key names, or empty after reporting the key as unknown at {@code pointer}.
     *
     * @param in      the reader problems go to
     * @param values  the fixed set
     * @param name    how each value is named in files
     * @param key     the key as written
     * @param what    what the key should be, e.g. {@code "a command"}
     * @param pointer where the key is
     * @param <E>     the kind of value
     * @return the value
     */
    static <E> Optional<E> find(
            NodeReader in, E[] values, Function<E, String> name, String key, String what, String pointer) {
        Optional<E> found =
                Arrays.stream(values).filter(v -> name.apply(v).equals(key)).findFirst();
        if (found.isEmpty()) {
            in.error(
                    "unknown-value",
                    "'" + key + "' is not " + what + "; write one of: "
                            + String.join(", ", Arrays.stream(values).map(name).toList()) + ".",
                    pointer);
        }
        return found;
    }
}
