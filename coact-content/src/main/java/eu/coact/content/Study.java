package eu.coact.content;

import eu.coact.core.BlockId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A study's whole content: its plan and every block, by id.
 *
 * @param plan   languages, sequence, system blocks and frequencies
 * @param blocks every block by id, in the order they were read
 */
public record Study(StudyPlan plan, Map<BlockId, ContentBlock> blocks) {

    /** Checks presence and copies the blocks, keeping their order. */
    public Study {
        Objects.requireNonNull(plan, "plan");
        blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        blocks.forEach((key, block) -> {
            if (!key.equals(block.id())) {
                throw new IllegalArgumentException("block " + block.id() + " is filed under the id " + key);
            }
        });
    }

    /** The block with this id, if the study has one. */
    public Optional<ContentBlock> block(BlockId id) {
        return Optional.ofNullable(blocks.get(id));
    }
}
