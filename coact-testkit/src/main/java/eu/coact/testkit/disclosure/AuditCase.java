package eu.coact.testkit.disclosure;

import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Table;
import java.util.Objects;

/**
 * A table with the configuration it is to be released under: what a property is run on.
 *
 * @param table         the micro-data
 * @param configuration the release rules
 */
public record AuditCase(Table table, DisclosureConfiguration configuration) {

    /** Checks both parts are present. */
    public AuditCase {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(configuration, "configuration");
    }
}
