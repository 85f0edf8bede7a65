package eu.coact.export;

import eu.coact.core.problem.Problems;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The outcome of {@link StudyRelease#write}: a release written, or refused with the reasons and nothing written. */
public sealed interface ReleaseResult {

    /**
     * The release was written, complete, under its directory.
     *
     * @param summary what it holds
     */
    record Written(ReleaseSummary summary) implements ReleaseResult {
        /** Requires the summary. */
        public Written {
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * A gate refused: nothing was written.
     *
     * @param reasons  why, each with where (the configuration entry, the participants table, …)
     * @param excluded participants the consent gate left out, by reason, as far as the release got
     */
    record Refused(Problems reasons, Map<ExclusionReason, Long> excluded) implements ReleaseResult {
        /** Copies the map and requires at least one error. */
        public Refused {
            Objects.requireNonNull(reasons, "reasons");
            EnumMap<ExclusionReason, Long> copy = new EnumMap<>(ExclusionReason.class);
            copy.putAll(excluded);
            excluded = Collections.unmodifiableMap(copy);
            if (!reasons.hasErrors()) {
                throw new IllegalArgumentException("a refusal says why");
            }
        }
    }

    /** True when the release was written. */
    default boolean written() {
        return this instanceof Written;
    }
}
