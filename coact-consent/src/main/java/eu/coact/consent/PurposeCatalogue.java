package eu.coact.consent;

import eu.coact.core.PurposeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The purposes a study asks consent for, in the order they are presented. Consent documents
 * may only name purposes of the catalogue.
 */
public final class PurposeCatalogue {

    private static final PurposeCatalogue STUDY_DEFAULTS = of(List.of(
            Purpose.TAKE_PART,
            Purpose.PROCESS_ANSWERS,
            Purpose.PUBLISH_OPEN_DATA,
            Purpose.QUOTE_FREE_TEXT,
            Purpose.RECONTACT));

    private final Map<PurposeId, Purpose> purposes;

    private PurposeCatalogue(Map<PurposeId, Purpose> purposes) {
        this.purposes = Collections.unmodifiableMap(purposes);
    }

    /**
     * The five purposes of the original study: take part, process answers (both mandatory),
     * publish open data, quote free text and recontact (all three optional).
     */
    public static PurposeCatalogue studyDefaults() {
        return STUDY_DEFAULTS;
    }

    /**
     * A catalogue of the given purposes.
     *
     * @param purposes at least one, without repeating an id
     * @return the catalogue
     * @throws IllegalArgumentException if the list is empty or repeats an id
     */
    public static PurposeCatalogue of(List<Purpose> purposes) {
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("a purpose catalogue needs at least one purpose");
        }
        Map<PurposeId, Purpose> byId = new LinkedHashMap<>();
        for (Purpose purpose : purposes) {
            if (byId.putIfAbsent(purpose.id(), purpose) != null) {
                throw new IllegalArgumentException("the purpose '" + purpose.id() + "' is listed twice");
            }
        }
        return new PurposeCatalogue(byId);
    }

    /** The same catalogue with one more purpose at the end. */
    public PurposeCatalogue with(Purpose purpose) {
        List<Purpose> all = new ArrayList<>(purposes.values());
        all.add(purpose);
        return of(all);
    }

    /** The purpose called {@code id}, if the catalogue has it. */
    public Optional<Purpose> find(PurposeId id) {
        return Optional.ofNullable(purposes.get(id));
    }

    /** True when the catalogue has a purpose called {@code id}. */
    public boolean contains(PurposeId id) {
        return purposes.containsKey(id);
    }

    /** All purposes, in presentation order. */
    public List<Purpose> purposes() {
        return List.copyOf(purposes.values());
    }

    /** The ids of the purposes marked mandatory. */
    public Set<PurposeId> mandatory() {
        return purposes.values().stream()
                .filter(Purpose::mandatory)
                .map(Purpose::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PurposeCatalogue other && purposes().equals(other.purposes());
    }

    @Override
    public int hashCode() {
        return purposes().hashCode();
    }

    @Override
    public String toString() {
        return "PurposeCatalogue" + purposes.keySet();
    }
}
