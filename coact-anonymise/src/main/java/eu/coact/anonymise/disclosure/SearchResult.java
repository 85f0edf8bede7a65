package eu.coact.anonymise.disclosure;

import java.util.Optional;

/**
 * What a search found.
 *
 * @param optimum      the best transformation that satisfies every model, if any does
 * @param nodesChecked transformations whose classes were computed and judged
 * @param nodesTotal   transformations in the lattice
 */
public record SearchResult(Optional<Transformation> optimum, long nodesChecked, long nodesTotal) {}
