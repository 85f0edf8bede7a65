package eu.coact.content;

import eu.coact.core.BlockId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A study's whole content: its plan and every block, by id. Microstories written in the short
 * form are kept as written, with the study's pattern, so that they can be written back the same
 * way; their expanded blocks are among {@code blocks}.
 *
 * @param plan         languages, sequence, system blocks and frequencies
 * @param blocks       every block by id, in the order they were read
 * @param pattern      the study's microstory pattern, if it declares one
 * @param shortStories the microstories written in the short form, by id
 */
public record Study(
        StudyPlan plan,
        Map<BlockId, ContentBlock> blocks,
        Optional<MicrostoryPattern> pattern,
        Map<BlockId, ShortMicrostory> shortStories) {

    /**
     * Checks presence and copies the maps, keeping their order; refuses a short story without a
     * pattern, or one whose block is not its expansion.
     */
    public Study {
        Objects.requireNonNull(plan, "plan");
        blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        blocks.forEach((key, block) -> {
            if (!key.equals(block.id())) {
                throw new IllegalArgumentException("block " + block.id() + " is filed under the id " + key);
            }
        });
        Objects.requireNonNull(pattern, "pattern");
        shortStories = Collections.unmodifiableMap(new LinkedHashMap<>(shortStories));
        for (Map.Entry<BlockId, ShortMicrostory> entry : shortStories.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().id())) {
                throw new IllegalArgumentException(
                        "microstory " + entry.getValue().id() + " is filed under the id " + entry.getKey());
            }
            MicrostoryPattern declared = pattern.orElseThrow(() ->
                    new IllegalArgumentException("microstories in the short form need the study's microstory pattern"));
            // The block must be what the short form says, or writing it back would lose changes.
            if (!entry.getValue().toBlock(declared).equals(blocks.get(entry.getKey()))) {
                throw new IllegalArgumentException(
                        "the block " + entry.getKey() + " is not the expansion of its short-form microstory");
            }
        }
    }

    /** A study of full blocks only, without a microstory pattern. */
    public Study(StudyPlan plan, Map<BlockId, ContentBlock> blocks) {
        this(plan, blocks, Optional.empty(), Map.of());
    }

    /** The block with this id, if the study has one. */
    public Optional<ContentBlock> block(BlockId id) {
        return Optional.ofNullable(blocks.get(id));
    }
}
