package eu.coact.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a participant asks for when they withdraw. */
public enum WithdrawalChoice {
    /** Never contact me again; the data I gave may stay under the consent I gave for it. */
    STOP_CONTACT,
    /** Never contact me again and erase my data. */
    ERASE_MY_DATA;

    private static final Map<String, WithdrawalChoice> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(WithdrawalChoice::code, Function.identity()));

    private final String code;

    WithdrawalChoice() {
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kebab-case name used in the ledger and in receipts. */
    public String code() {
        return code;
    }

    /**
     * The choice written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the choice, or empty if the code names none
     */
    public static Optional<WithdrawalChoice> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
