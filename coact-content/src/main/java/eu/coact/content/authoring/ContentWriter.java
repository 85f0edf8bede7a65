package eu.coact.content.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import eu.coact.content.ContentBlock;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.Study;
import eu.coact.content.authoring.internal.BlockWriter;
import eu.coact.content.authoring.internal.PatternParser;
import eu.coact.content.authoring.internal.StoryWriter;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the model back to the authoring format, so that content built in code or imported
 * from the legacy format can be edited as YAML from then on. What it writes reads back equal:
 * {@code read(write(x))} equals {@code x}.
 */
public final class ContentWriter {

    private static final ContentWriter YAML = new ContentWriter(DocumentFormat.YAML);
    private static final ContentWriter JSON = new ContentWriter(DocumentFormat.JSON);

    private final DocumentFormat format;
    private final ObjectMapper mapper;

    private ContentWriter(DocumentFormat format) {
        this.format = format;
        ObjectMapper base = DocumentReader.standard().mapper(format);
        if (base instanceof YAMLMapper yaml) {
            yaml.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
            yaml.disable(YAMLGenerator.Feature.SPLIT_LINES);
            yaml.enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);
        }
        base.disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        base.enable(SerializationFeature.INDENT_OUTPUT);
        this.mapper = base;
    }

    /** A writer of YAML. */
    public static ContentWriter yaml() {
        return YAML;
    }

    /** A writer of JSON. */
    public static ContentWriter json() {
        return JSON;
    }

    /** The format this writer writes. */
    public DocumentFormat format() {
        return format;
    }

    /** One block as a document. */
    public String write(ContentBlock block) {
        return header() + text(BlockWriter.block(block));
    }

    /** Several blocks as one document ({@code blocks:} with a list). */
    public String write(List<ContentBlock> blocks) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("blocks");
        blocks.forEach(b -> list.add(BlockWriter.block(b)));
        return header() + text(root);
    }

    /** One microstory in the short form ({@code microstory:}), as an author writes it. */
    public String write(ShortMicrostory story) {
        return header() + text(StoryWriter.story(story));
    }

    /**
     * Writes a study folder: {@code study.yaml} (or {@code .json}, with the study's
     * {@code microstories:} pattern if it has one) and one file per block under {@code blocks/};
     * microstories written in the short form are written back in the short form. Existing files
     * of the same names are replaced.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public void writeStudy(Study study, Path folder) {
        String extension = format == DocumentFormat.YAML ? ".yaml" : ".json";
        try {
            Path blocks = Files.createDirectories(folder.resolve("blocks"));
            Files.createDirectories(folder.resolve("media"));
            ObjectNode plan = BlockWriter.plan(study.plan());
            study.pattern().ifPresent(p -> plan.set(PatternParser.SECTION, StoryWriter.pattern(p)));
            Files.writeString(folder.resolve("study" + extension), text(plan), StandardCharsets.UTF_8);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (ContentBlock block : study.blocks().values()) {
                String name = fileName(block);
                // Two ids may differ only in characters a file name cannot hold, or in case.
                for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                    name = fileName(block) + "_" + n;
                }
                ShortMicrostory story = study.shortStories().get(block.id());
                Files.writeString(
                        blocks.resolve(name + extension),
                        story == null ? write(block) : write(story),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the study folder could not be written", e);
        }
    }

    /** A file name for a block: its id, with characters that file systems refuse replaced by '_'. */
    public static String fileName(ContentBlock block) {
        return block.id().value().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private String header() {
        return format == DocumentFormat.YAML ? "# A CoAct content block file; see the content-block schema.\n" : "";
    }

    private String text(ObjectNode tree) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNull(tree));
        } catch (JsonProcessingException e) {
            // A tree of texts, numbers and booleans always serialises; this would be a bug.
            throw new IllegalStateException("content could not be written", e);
        }
    }
}
