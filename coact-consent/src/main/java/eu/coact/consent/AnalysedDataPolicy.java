package eu.coact.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a study does with data that was already analysed when a participant withdraws. GDPR
 * Art. 17(3)(d) with Art. 89 lets research keep such data where erasing it would seriously
 * impair the research; a study declares its choice once, and the ledger records it with every
 * withdrawal so that each participant's case can be shown later.
 */
public enum AnalysedDataPolicy {
    /** Results already computed or published stay; no new analysis uses the participant's data. */
    KEEP_ANALYSED_RESULTS,
    /** The participant's data is also removed from analyses that can still be recomputed. */
    REMOVE_WHERE_RECOMPUTABLE;

    private static final Map<String, AnalysedDataPolicy> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AnalysedDataPolicy::code, Function.identity()));

    private final String code;

    AnalysedDataPolicy() {
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kebab-case name used in the ledger and in receipts. */
    public String code() {
        return code;
    }

    /**
     * The policy written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the policy, or empty if the code names none
     */
    public static Optional<AnalysedDataPolicy> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
