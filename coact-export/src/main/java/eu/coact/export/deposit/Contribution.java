package eu.coact.export.deposit;

import java.util.Objects;

/**
 * A contributor and what they did.
 *
 * @param contributor the person or organisation
 * @param role        their role
 */
public record Contribution(Creator contributor, ContributorRole role) {

    /** Requires both parts. */
    public Contribution {
        Objects.requireNonNull(contributor, "contributor");
        Objects.requireNonNull(role, "role");
    }
}
