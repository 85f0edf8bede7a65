package eu.coact.content.legacy;

import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.StudyId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Content imported from the legacy format: the blocks, the delivery sequence, and the system
 * blocks recognised by their ids ({@code welcome...}, {@code pause}, {@code resume},
 * {@code unsubscribe}, ...).
 *
 * @param languages the languages imported
 * @param blocks    the blocks, in file-name order
 * @param sequence  the delivery order from {@code sequence.txt}
 * @param system    the system blocks by role
 */
public record ImportedContent(List<Language> languages, List<ContentBlock> blocks, List<BlockId> sequence,
        Map<SystemRole, BlockId> system) {

    /** Copies the collections. */
    public ImportedContent {
        languages = List.copyOf(languages);
        blocks = List.copyOf(blocks);
        sequence = List.copyOf(sequence);
        system = system.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(system));
    }

    /**
     * The imported content as a study, delivered once a day, ready to be written as YAML with
     * {@link eu.coact.content.authoring.ContentWriter#writeStudy}. A study validator reports
     * required system blocks that the legacy content lacks.
     */
    public Study study(StudyId id) {
        Map<BlockId, ContentBlock> byId = new LinkedHashMap<>();
        blocks.forEach(b -> byId.put(b.id(), b));
        StudyPlan plan = new StudyPlan(id, languages, sequence, system, Frequency.daily(), Set.of(Frequency.daily()));
        return new Study(plan, byId);
    }
}
