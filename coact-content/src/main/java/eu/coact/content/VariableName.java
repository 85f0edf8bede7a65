package eu.coact.content;

/** The rule for answer variable and profile field names, shared by every constraint that checks one. */
public final class VariableName {

    /** Letters first, then letters, digits, {@code _} or {@code -}; at most 64 characters. */
    public static final String PATTERN = "\\p{L}[\\p{L}\\p{N}_-]{0,63}";

    /** The rule as a sentence, for problem reports. */
    public static final String RULE =
            "a variable name starts with a letter and has only letters, digits, '_' or '-' (at most 64)";

    private VariableName() {}

    /** True when {@code name} is a valid variable name. */
    public static boolean isValid(String name) {
        return name.matches(PATTERN);
    }
}
