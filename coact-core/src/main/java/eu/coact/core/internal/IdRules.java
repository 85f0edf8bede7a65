package eu.coact.core.internal;

import java.text.Normalizer;
import java.util.Objects;

/** The shared rule for identifier values: what a person may use as an id, and why not. */
public final class IdRules {

    /** Longest id accepted; ids are names, not texts. */
    public static final int MAX_LENGTH = 200;

    private IdRules() {}

    /**
     * Checks an id and returns it unchanged. Ids may contain any letters (legacy ids such as
     * {@code Obrir_camí} are kept as they are) but must be in Unicode NFC, so that two ids that
     * look the same are the same.
     *
     * @param kind  what the id names, for the error message (e.g. "block id")
     * @param value the candidate
     * @return the value
     * @throws IllegalArgumentException with a sentence that does not quote the value when it is
     *                                  too long to be an id
     */
    public static String check(String kind, String value) {
        Objects.requireNonNull(value, kind);
        if (value.isEmpty() || value.isBlank()) {
            throw new IllegalArgumentException("a " + kind + " cannot be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a " + kind + " has at most " + MAX_LENGTH + " characters");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException("a " + kind + " cannot start or end with spaces: '" + value + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("a " + kind + " cannot contain control characters");
            }
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            throw new IllegalArgumentException("a " + kind + " must be in Unicode NFC form: '" + value + "'");
        }
        return value;
    }
}
