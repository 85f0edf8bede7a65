package eu.coact.content.authoring.internal;

import eu.coact.content.ContentBlock;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Runs every block-level rule over a set of blocks; shared by the validator and the legacy importer. */
public final class ContentChecks {

    private ContentChecks() {}

    /**
     * Checks blocks: field constraints, graph and text rules, media files, value drift.
     *
     * @param blocks         the blocks, checked together
     * @param origins        where each block was written
     * @param media          the media folder, if files are to be checked
     * @param sensitiveTerms words per language that suggest content needing a warning
     * @param problems       where problems go
     */
    public static void checkBlocks(
            Iterable<ContentBlock> blocks,
            Function<BlockId, Origin> origins,
            Optional<Path> media,
            Map<Language, List<String>> sensitiveTerms,
            Problems.Builder problems) {
        Set<String> profileFields = StudyRules.profileFields(blocks);
        Map<String, String> nfcIndex =
                media.map(folder -> StudyRules.nfcIndex(folder, problems)).orElse(Map.of());
        for (ContentBlock block : blocks) {
            Origin origin = origins.apply(block.id());
            FieldRules.check(block, origin, problems);
            BlockRules.check(block, origin, problems, profileFields, sensitiveTerms);
            media.ifPresent(folder -> StudyRules.checkMedia(block, origin, folder, problems, nfcIndex));
        }
        StudyRules.checkValueDrift(blocks, origins, problems);
    }
}
