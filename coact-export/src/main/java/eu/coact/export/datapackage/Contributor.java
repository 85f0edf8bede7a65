package eu.coact.export.datapackage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, group or organisation that contributed to a package, with their roles. Roles are
 * free words; the v2 standard suggests DataCite contributor types such as {@code creator},
 * {@code contact}, {@code dataCurator}, {@code researchGroup}.
 *
 * @param title        the contributor's name, e.g. "Co-Researchers of CoAct for Mental Health"
 * @param roles        what they did; at least one
 * @param organization the organisation they belong to, if any
 * @param path         a link about them, if any
 */
public record Contributor(String title, List<String> roles, Optional<String> organization, Optional<String> path) {

    /** Copies the roles and checks that nothing is blank. */
    public Contributor {
        Objects.requireNonNull(title, "title");
        roles = List.copyOf(roles);
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(path, "path");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a contributor needs a name");
        }
        if (roles.isEmpty() || roles.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a contributor needs at least one role, none blank");
        }
    }

    /** A contributor with these roles and no organisation or link. */
    public static Contributor of(String title, String... roles) {
        return new Contributor(title, List.of(roles), Optional.empty(), Optional.empty());
    }
}
