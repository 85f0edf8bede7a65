package eu.coact.content.legacy.internal;

import java.util.Map;
import java.util.Optional;

/**
 * How the answer values of one legacy block are written in the study: hours as frequencies,
 * values the mapping file gives for the block, then the drift between blocks (case, accents) unified.
 *
 * @param facts       what the block's messages say about its variables
 * @param blockValues answer values the mapping file rewrites for this block
 * @param renames     answer values written another way across blocks
 */
record LegacyAnswerValues(BlockFacts facts, Map<String, String> blockValues, Map<String, String> renames) {

    /** An answer value as the study writes it: drift between blocks unified, hours as frequencies. */
    String written(String variable, String raw) {
        if (facts.isFrequency(variable)) {
            Optional<String> frequency = LegacyFrequencies.fromHours(raw).map(Object::toString);
            if (frequency.isPresent()) {
                return frequency.get();
            }
        }
        String said = blockValues.get(raw);
        return said != null ? said : renames.getOrDefault(raw, raw);
    }
}
