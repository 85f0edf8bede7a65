package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.read.NodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a value written as one of a fixed list of codes (a block kind, a content warning, a
 * text format, ...), and names the codes that may be written when the value is not one of them.
 */
final class CodeReader {

    private final NodeReader in;

    CodeReader(NodeReader in) {
        this.in = in;
    }

    /** The value whose code is written at {@code pointer}, or empty when it is missing or unknown (reported). */
    <E> Optional<E> field(
            JsonNode node,
            String pointer,
            String what,
            Function<String, Optional<E>> lookup,
            Supplier<String> choices) {
        Optional<String> code = in.text(node, pointer, "a " + what);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = lookup.apply(code.get());
        if (value.isEmpty()) {
            in.error(
                    "unknown-value",
                    "'" + code.get() + "' is not a " + what + "; write one of: " + choices.get() + ".",
                    pointer);
        }
        return value;
    }

    /** The codes of {@code values}, in order, for a problem message that lists what may be written. */
    static <E> String codes(E[] values, Function<E, String> code) {
        List<String> out = new ArrayList<>();
        for (E value : values) {
            out.add(code.apply(value));
        }
        return String.join(", ", out);
    }
}
