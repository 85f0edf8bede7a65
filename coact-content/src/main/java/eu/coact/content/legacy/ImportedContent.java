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
import java.util.TreeSet;

/**
 * Content imported from the legacy format: the blocks, the delivery sequence, and the system
 * blocks recognised by their ids ({@code welcome...}, {@code pause}, {@code resume},
 * {@code unsubscribe}, ...).
 *
 * @param languages the languages imported
 * @param blocks    the blocks, in file-name order
 * @param sequence  the delivery order from {@code sequence.txt}
 * @param system      the system blocks by role
 * @param frequencies the frequencies the imported frequency questions offer (hours converted)
 */
public record ImportedContent(
        List<Language> languages,
        List<ContentBlock> blocks,
        List<BlockId> sequence,
        Map<SystemRole, BlockId> system,
        Set<Frequency> frequencies) {

    /** Copies the collections. */
    public ImportedContent {
        languages = List.copyOf(languages);
        blocks = List.copyOf(blocks);
        sequence = List.copyOf(sequence);
        system = system.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(system));
        frequencies = Collections.unmodifiableSet(new TreeSet<>(frequencies));
    }

    /** Content without frequency questions. */
    public ImportedContent(
            List<Language> languages,
            List<ContentBlock> blocks,
            List<BlockId> sequence,
            Map<SystemRole, BlockId> system) {
        this(languages, blocks, sequence, system, Set.of());
    }

    /**
     * The imported content as a study, delivered once a day to start with and at any frequency its
     * frequency questions offer, ready to be written as YAML with
     * {@link eu.coact.content.authoring.ContentWriter#writeStudy}. A study validator reports
     * required system blocks that the legacy content lacks.
     */
    public Study study(StudyId id) {
        Map<BlockId, ContentBlock> byId = new LinkedHashMap<>();
        blocks.forEach(b -> byId.put(b.id(), b));
        Set<Frequency> allowed = new TreeSet<>(frequencies);
        allowed.add(Frequency.daily());
        StudyPlan plan = new StudyPlan(id, languages, sequence, system, Frequency.daily(), allowed);
        return new Study(plan, byId);
    }
}
