package eu.coact.export.datapackage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the values of a field must satisfy. Bounds and enumerated values are kept in their
 * lexical CSV form and compared in the field's type.
 *
 * @param required true when a value may not be missing
 * @param unique   true when no two rows may share a value
 * @param allowed  the only values allowed (the {@code enum} constraint); empty for any
 * @param minimum  the smallest value allowed, if bounded
 * @param maximum  the largest value allowed, if bounded
 * @param pattern  a regular expression every value must match entirely, if any
 */
public record Constraints(
        boolean required,
        boolean unique,
        List<String> allowed,
        Optional<String> minimum,
        Optional<String> maximum,
        Optional<String> pattern) {

    private static final Constraints NONE =
            new Constraints(false, false, List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Copies the lists and checks that a pattern is a valid regular expression. */
    public Constraints {
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(pattern, "pattern");
        pattern.ifPresent(p -> {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: '" + p + "'", e);
            }
        });
    }

    /** No constraints: any value, or none. */
    public static Constraints none() {
        return NONE;
    }

    /** The same constraints, with a value required. */
    public Constraints andRequired() {
        return new Constraints(true, unique, allowed, minimum, maximum, pattern);
    }

    /** The same constraints, with values unique across rows. */
    public Constraints andUnique() {
        return new Constraints(required, true, allowed, minimum, maximum, pattern);
    }

    /** The same constraints, allowing only these values. */
    public Constraints andOneOf(List<String> values) {
        return new Constraints(required, unique, values, minimum, maximum, pattern);
    }

    /** The same constraints, with inclusive bounds. */
    public Constraints andBetween(String min, String max) {
        return new Constraints(required, unique, allowed, Optional.of(min), Optional.of(max), pattern);
    }

    /** The same constraints, with a regular expression every value must match. */
    public Constraints andMatching(String regex) {
        return new Constraints(required, unique, allowed, minimum, maximum, Optional.of(regex));
    }

    /** True when nothing is constrained. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
