package eu.coact.core.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading or checking something a person wrote: either a usable value (perhaps
 * with warnings) or the problems that prevent its use — never a partial value.
 *
 * @param <T> the type of the value
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

    /** A usable value; {@code problems} holds warnings and information only. */
    record Valid<T>(T value, Problems problems) implements Validated<T> {
        /** Refuses a value whose report has errors. */
        public Valid {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(problems, "problems");
            if (problems.hasErrors()) {
                throw new IllegalArgumentException("a valid result cannot carry errors");
            }
        }
    }

    /** No value: the problems say why; at least one of them is an error. */
    record Invalid<T>(Problems problems) implements Validated<T> {
        /** Refuses a report without errors. */
        public Invalid {
            Objects.requireNonNull(problems, "problems");
            if (!problems.hasErrors()) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }
    }

    /** A value with no problems. */
    static <T> Validated<T> valid(T value) {
        return new Valid<>(value, Problems.none());
    }

    /** A value with warnings (no errors). */
    static <T> Validated<T> valid(T value, Problems warnings) {
        return new Valid<>(value, warnings);
    }

    /** No value, because of these problems (at least one error). */
    static <T> Validated<T> invalid(Problems problems) {
        return new Invalid<>(problems);
    }

    /** No value, because of this one error. */
    static <T> Validated<T> invalid(Problem error) {
        return new Invalid<>(Problems.of(error));
    }

    /** The value when there are no errors, and the problems otherwise. */
    static <T> Validated<T> of(T value, Problems problems) {
        return problems.hasErrors() ? invalid(problems) : valid(value, problems);
    }

    /** Every problem found, errors and warnings. */
    Problems problems();

    /** True when there is a usable value. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The value, if usable. */
    default Optional<T> asOptional() {
        return this instanceof Valid<T> v ? Optional.of(v.value()) : Optional.empty();
    }

    /** The value, or a {@link ProblemsException} carrying the whole report. */
    default T orElseThrow() {
        if (this instanceof Valid<T> v) {
            return v.value();
        }
        throw new ProblemsException(problems());
    }

    /** Transforms the value, keeping the problems. */
    default <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Valid<T> v) {
            return new Valid<>(mapper.apply(v.value()), v.problems());
        }
        return new Invalid<>(problems());
    }

    /** Continues with a further check, adding its problems to these. */
    default <R> Validated<R> flatMap(Function<? super T, Validated<R>> next) {
        if (this instanceof Valid<T> v) {
            Validated<R> result = next.apply(v.value());
            Problems all = v.problems().and(result.problems());
            return result instanceof Valid<R> r ? new Valid<>(r.value(), all) : new Invalid<>(all);
        }
        return new Invalid<>(problems());
    }
}
