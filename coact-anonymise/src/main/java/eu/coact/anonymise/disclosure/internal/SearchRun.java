package eu.coact.anonymise.disclosure.internal;

import java.util.Optional;

/**
 * What a search found and what it cost.
 *
 * @param optimum  the best satisfying transformation, if any satisfies
 * @param checked  nodes whose classes were computed and judged
 * @param total    nodes in the lattice
 */
public record SearchRun(Optional<Found> optimum, long checked, long total) {}
