package eu.coact.export;

import eu.coact.anonymise.scrub.Gazetteer;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How free-text answers may be quoted in a release, as {@code release.yaml} declares under
 * {@code quotes}: the names and places the scrubber removes besides the identifiers it finds
 * by itself, and the quotes the team approved after reading them. A quote is known by its id
 * (see {@link #approved()}); a quote whose id is not approved never leaves the release.
 * Immutable; no component is null.
 *
 * @param gazetteer the names and places to remove from quotes
 * @param approved  the ids of the quotes the team read and approved, from the file named in
 *                  {@code quotes/approved}; empty when none is named
 */
public record QuoteRules(Gazetteer gazetteer, SortedSet<String> approved) {

    /** Checks presence and copies the set. */
    public QuoteRules {
        Objects.requireNonNull(gazetteer, "gazetteer");
        approved = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(approved));
    }

    /** No gazetteer and no approved quote: nothing is quoted. */
    public static QuoteRules none() {
        return new QuoteRules(Gazetteer.empty(), new TreeSet<>());
    }

    /** Whether the quote with this id was approved. */
    public boolean isApproved(String quoteId) {
        return approved.contains(quoteId);
    }

    /** The approved ids, in order. */
    public Set<String> approvedIds() {
        return approved;
    }
}
