package eu.coact.consent;

import java.util.Locale;
import java.util.Optional;

/** What a participant asks for when they withdraw. */
public enum WithdrawalChoice {
    /** Never contact me again; the data I gave may stay under the consent I gave for it. */
    STOP_CONTACT,
    /** Never contact me again and erase my data. */
    ERASE_MY_DATA;

    /** The kebab-case name used in the ledger and in receipts. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The choice written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the choice, or empty if the code names none
     */
    public static Optional<WithdrawalChoice> fromCode(String code) {
        for (WithdrawalChoice choice : values()) {
            if (choice.code().equals(code)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
