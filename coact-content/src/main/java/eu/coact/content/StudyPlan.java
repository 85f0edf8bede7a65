package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.StudyId;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a study delivers its content: the declared languages, the ordered sequence of blocks
 * each participant receives, the system blocks by role, and the delivery frequencies.
 *
 * @param id                 the study id
 * @param languages          the languages of the study, the first being the default
 * @param sequence           block ids in delivery order
 * @param system             the settings blocks by role (welcome, pause, resume, withdraw are required)
 * @param defaultFrequency   the frequency a new participant starts with
 * @param allowedFrequencies the frequencies a participant may choose, including the default
 */
public record StudyPlan(
        StudyId id,
        @NotEmpty(message = "declare at least one language") List<Language> languages,

        @NotEmpty(message = "the sequence needs at least one block")
        List<BlockId> sequence,

        Map<SystemRole, BlockId> system,
        Frequency defaultFrequency,
        Set<Frequency> allowedFrequencies) {

    /** Checks presence and copies collections. */
    public StudyPlan {
        Objects.requireNonNull(id, "id");
        languages = List.copyOf(languages);
        sequence = List.copyOf(sequence);
        system = system.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(system));
        Objects.requireNonNull(defaultFrequency, "defaultFrequency");
        allowedFrequencies = Collections.unmodifiableSet(new TreeSet<>(allowedFrequencies));
    }
}
