package eu.coact.export;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a written release holds: where it is, how many participants are in it, how many were
 * left out and why, the rows of each resource, its files, and the generalisation applied to the
 * participants' attributes.
 *
 * @param directory      the release directory
 * @param included       participants in the release
 * @param excluded       participants left out, by reason (every reason is present, zero when none)
 * @param rows           rows written per resource, e.g. {@code answers → 2000000}
 * @param files          the files written, relative to the directory, sorted
 * @param levels         the generalisation level applied to each quasi-identifier (0 = as recorded)
 * @param highestRisk    the highest prosecutor re-identification risk of a released participant (1 / smallest class)
 */
public record ReleaseSummary(
        Path directory,
        long included,
        Map<ExclusionReason, Long> excluded,
        Map<String, Long> rows,
        List<String> files,
        Map<String, Integer> levels,
        double highestRisk) {

    /** Copies the collections. */
    public ReleaseSummary {
        Objects.requireNonNull(directory, "directory");
        EnumMap<ExclusionReason, Long> copy = new EnumMap<>(ExclusionReason.class);
        copy.putAll(excluded);
        excluded = Collections.unmodifiableMap(copy);
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        files = List.copyOf(files);
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** All participants left out, whatever the reason. */
    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }
}
