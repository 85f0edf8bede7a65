package eu.coact.consent;

import java.util.Objects;
import java.util.Optional;

/**
 * What a person declared about their eligibility when consenting: their age, and whether a
 * supporter helped them decide (supported decision-making). The study's minimum age is checked
 * against the declared age; the note is kept with the consent and erased with it.
 *
 * @param declaredAge the age the person declared, in years
 * @param supportNote a short note that a supporter helped, e.g. "decided with a peer supporter";
 *                    empty when the person decided alone
 */
public record Eligibility(int declaredAge, Optional<String> supportNote) {

    /** Longest support note: a note, not a file. */
    public static final int MAX_NOTE_LENGTH = 500;

    /** Validates the parts. */
    public Eligibility {
        Objects.requireNonNull(supportNote, "supportNote");
        if (declaredAge < 0 || declaredAge > 150) {
            throw new IllegalArgumentException("a declared age is between 0 and 150 years");
        }
        if (supportNote.isPresent()
                && (supportNote.get().isBlank() || supportNote.get().length() > MAX_NOTE_LENGTH)) {
            throw new IllegalArgumentException(
                    "a support note is not blank and has at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    /** A person who declared their age and decided alone. */
    public static Eligibility declaredAge(int years) {
        return new Eligibility(years, Optional.empty());
    }

    /** The same declaration, noting that a supporter helped the person decide. */
    public Eligibility withSupport(String note) {
        return new Eligibility(declaredAge, Optional.of(note));
    }

    /** True when a supporter helped the person decide. */
    public boolean supported() {
        return supportNote.isPresent();
    }

    /** Leaves the note out: it may name a person. */
    @Override
    public String toString() {
        return "Eligibility[age " + declaredAge + (supported() ? ", supported decision" : "") + "]";
    }
}
