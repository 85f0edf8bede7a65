package eu.coact.export.datapackage;

import java.util.Map;
import java.util.Objects;

/**
 * A package read back from a directory whose every file matched its schema.
 *
 * @param descriptor the package as described by its {@code datapackage.json}
 * @param rowCounts  the number of data rows of each resource, by resource name
 */
public record CheckedPackage(DataPackage descriptor, Map<String, Long> rowCounts) {

    /** Copies the counts. */
    public CheckedPackage {
        Objects.requireNonNull(descriptor, "descriptor");
        rowCounts = Map.copyOf(rowCounts);
    }

    /** The number of data rows of a resource, or 0 for an unknown name. */
    public long rows(String resourceName) {
        return rowCounts.getOrDefault(resourceName, 0L);
    }
}
