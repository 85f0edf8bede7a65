package eu.coact.content.legacy;

import eu.coact.content.legacy.internal.MappingParser;
import eu.coact.core.BlockId;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the legacy files do not say and a person must supply: where each free-text ({@code WA})
 * message continues, with its answer format, skip word and three-way branch (the original program
 * hard-coded them); the settings role and story metadata of each block; and the alternative text
 * of each image. Written as a small YAML file:
 *
 * <pre>
 * continuations:
 *   perfil_real:
 *     p_3: p_4                       # any text, then p_4
 *     p_4: {next: vp, format: postcode}
 *   mon:
 *     3si: {format: hh:mm, skip-word: {ca: NO, es: NO, en: NO, de: NEIN},
 *           next: 3si_c, on-skip: 3si_nvr, on-invalid: 3si_else}
 * blocks:
 *   mon: {role: time-zone}
 *   Escala_nocturna: {teller: Àngels, a neighbour, environment: close, themes: [sleep]}
 * alt-texts:
 *   img/Escala_nocturna_Àngels.png:
 *     en: A staircase at night.
 * </pre>
 *
 * Immutable; no component is null.
 *
 * @param continuations per block, how each free-text message continues
 * @param blocks        per block, what the mapping says about it
 * @param altTexts      per image file name (as the legacy file writes it, in NFC), its alternative text
 */
public record LegacyMapping(
        Map<BlockId, Map<MessageId, FreeTextRoute>> continuations,
        Map<BlockId, BlockMapping> blocks,
        Map<String, LocalizedText> altTexts) {

    private static final LegacyMapping NONE = new LegacyMapping(Map.of(), Map.of(), Map.of());

    /** Copies the maps, keeping their order. */
    public LegacyMapping {
        Map<BlockId, Map<MessageId, FreeTextRoute>> copy = new LinkedHashMap<>();
        continuations.forEach((block, map) -> copy.put(block, Collections.unmodifiableMap(new LinkedHashMap<>(map))));
        continuations = Collections.unmodifiableMap(copy);
        blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        altTexts = Collections.unmodifiableMap(new LinkedHashMap<>(altTexts));
    }

    /** Only alternative texts, as the first mapping files had. */
    public LegacyMapping(
            Map<BlockId, Map<MessageId, FreeTextRoute>> continuations, Map<String, LocalizedText> altTexts) {
        this(continuations, Map.of(), altTexts);
    }

    /** No continuations, block details or alternative texts. */
    public static LegacyMapping none() {
        return NONE;
    }

    /** How a free-text message continues, if the mapping says. */
    public Optional<FreeTextRoute> continuation(BlockId block, MessageId message) {
        return Optional.ofNullable(continuations.getOrDefault(block, Map.of()).get(message));
    }

    /** What the mapping says about a block; {@link BlockMapping#none()} when nothing. */
    public BlockMapping block(BlockId block) {
        return blocks.getOrDefault(block, BlockMapping.none());
    }

    /** Reads a mapping file; every problem is reported with its line. */
    public static Validated<LegacyMapping> read(Path file) {
        return DocumentReader.standard().read(file).flatMap(MappingParser::parse);
    }
}
