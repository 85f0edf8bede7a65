package eu.coact.content.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.ContentBlock;
import eu.coact.content.MicrostoryPattern;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.authoring.internal.BlockParser;
import eu.coact.content.authoring.internal.FieldRules;
import eu.coact.content.authoring.internal.Origin;
import eu.coact.content.authoring.internal.PatternParser;
import eu.coact.content.authoring.internal.PlanParser;
import eu.coact.content.authoring.internal.ShortStoryParser;
import eu.coact.content.authoring.internal.StudyRules;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.files.FolderListing;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads content written in YAML or JSON: a block file (one block, or {@code blocks:} with many)
 * or a whole study folder:
 *
 * <pre>
 * my-study/
 *   study.yaml      id, languages, sequence, system blocks, frequencies
 *   blocks/         block files (.yaml, .yml, .json), in sub-folders if wished
 *   media/          images and documents named by the blocks
 *   consent/        consent documents (read by the consent module)
 * </pre>
 *
 * A microstory may be written in the short form ({@code microstory:} with its text, teller,
 * social environment and the like); it is expanded with the {@code microstories:} section of
 * {@code study.yaml}, which declares the questions and the confirm-and-retry construct once
 * for all stories, and the study keeps it as written ({@link Study#shortStories()}).
 *
 * <p>Every file is read safely and checked as a whole; the result is the content with its
 * warnings, or every problem found (with file, path, line and column) and no content at all.
 */
public final class ContentReader {

    private static final ContentReader STANDARD =
            new ContentReader(DocumentReader.standard(), ContentValidator.standard());

    private final DocumentReader documents;
    private final ContentValidator validator;

    private ContentReader(DocumentReader documents, ContentValidator validator) {
        this.documents = documents;
        this.validator = validator;
    }

    /** A reader with the standard document limits and the standard validator. */
    public static ContentReader standard() {
        return STANDARD;
    }

    /** The same reader with another validator, e.g. a strict one. */
    public ContentReader withValidator(ContentValidator other) {
        return new ContentReader(documents, Objects.requireNonNull(other, "validator"));
    }

    /** The same reader with other document limits. */
    public ContentReader withDocuments(DocumentReader other) {
        return new ContentReader(Objects.requireNonNull(other, "documents"), validator);
    }

    /** The blocks of one file, checked together. */
    public Validated<List<ContentBlock>> readBlocks(Path file) {
        return documents.read(file).flatMap(this::blocksOf);
    }

    /** The blocks of a document held in memory, checked together. */
    public Validated<List<ContentBlock>> readBlocks(String source, String text, DocumentFormat format) {
        return documents.read(source, text, format).flatMap(this::blocksOf);
    }

    private Validated<List<ContentBlock>> blocksOf(SourceDocument doc) {
        Problems.Builder problems = Problems.builder();
        Map<BlockId, Origin> origins = new LinkedHashMap<>();
        List<ContentBlock> blocks = parse(doc, problems, origins, new LinkedHashMap<>(), StoryContext.none());
        // Blocks that could be read are checked even when others could not: one report has it all.
        validator.checkBlocks(blocks, origins::get, problems);
        return validator.verdict(List.copyOf(blocks), problems.build());
    }

    /**
     * A whole study folder: {@code study.yaml} (or {@code .yml}/{@code .json}) and every block
     * file under {@code blocks/}; media files are checked under {@code media/} unless the
     * validator names another folder.
     */
    public Validated<Study> readStudy(Path folder) {
        Problems.Builder problems = Problems.builder();
        Optional<Path> studyFile = Stream.of("study.yaml", "study.yml", "study.json")
                .map(folder::resolve)
                .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                .findFirst();
        if (studyFile.isEmpty()) {
            return Validated.invalid(Problem.error(
                    "missing-study-file",
                    "A study folder needs a study.yaml file " + "(id, languages, sequence, system blocks).",
                    Location.of(folder.resolve("study.yaml").toString())));
        }
        Optional<StudyPlan> plan = Optional.empty();
        Origin planOrigin = new Origin(Optional.empty(), studyFile.get().toString(), "");
        Validated<SourceDocument> planDoc = documents.read(studyFile.get());
        problems.addAll(planDoc.problems());
        StoryContext stories = StoryContext.none();
        if (planDoc instanceof Validated.Valid<SourceDocument> valid) {
            NodeReader in = new NodeReader(valid.value(), problems);
            JsonNode root = valid.value().root();
            plan = new PlanParser(in).plan(withoutSection(root, PatternParser.SECTION));
            planOrigin = Origin.of(valid.value(), "");
            if (plan.isPresent()) {
                FieldRules.check(plan.get(), planOrigin, problems);
            }
            if (root.isObject() && root.has(PatternParser.SECTION)) {
                Optional<List<Language>> languages = plan.map(StudyPlan::languages);
                stories = new StoryContext(
                        languages.flatMap(l -> new PatternParser(in).pattern(root.get(PatternParser.SECTION), l)),
                        true,
                        new LinkedHashMap<>());
            }
        }
        Path blocksFolder = folder.resolve("blocks");
        List<Path> files = blockFiles(blocksFolder, problems);
        Map<BlockId, Origin> origins = new LinkedHashMap<>();
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        for (Path file : files) {
            Validated<SourceDocument> doc = documents.read(file);
            problems.addAll(doc.problems());
            if (doc instanceof Validated.Valid<SourceDocument> valid) {
                parse(valid.value(), problems, origins, blocks, stories);
            }
        }
        ContentValidator checks =
                validator.mediaFolder().isPresent() ? validator : validator.withMediaFolder(folder.resolve("media"));
        checks.checkBlocks(blocks.values(), origins::get, problems);
        if (plan.isEmpty()) {
            return Validated.invalid(problems.build());
        }
        Study study = new Study(plan.get(), blocks, stories.pattern(), stories.read());
        StudyRules.checkPlan(study, planOrigin, problems);
        return checks.verdict(study, problems.build());
    }

    private static List<Path> blockFiles(Path folder, Problems.Builder problems) {
        if (!Files.isDirectory(folder)) {
            problems.error(
                    "missing-blocks-folder",
                    "A study folder needs a blocks/ folder with the block files.",
                    Location.of(folder.toString()));
            return List.of();
        }
        if (Files.isSymbolicLink(folder)) {
            problems.error(
                    "file-is-link",
                    "The blocks folder is a symbolic link; links are not followed. " + "Put the folder itself here.",
                    Location.of(folder.toString()));
            return List.of();
        }
        // Links, devices and FIFOs are problems with their path, never read (a FIFO would hang).
        FolderListing listing = FolderWalk.list(folder, 8);
        problems.addAll(listing.problems());
        return listing.files().stream()
                .filter(p -> DocumentFormat.of(p).isPresent())
                .toList();
    }

    /**
     * What short-form microstories are read with: the study's pattern (when the study file
     * declares one without errors), whether the study file has the section at all, and the
     * short stories read so far.
     */
    private record StoryContext(
            Optional<MicrostoryPattern> pattern, boolean declared, Map<BlockId, ShortMicrostory> read) {

        static StoryContext none() {
            return new StoryContext(Optional.empty(), false, new LinkedHashMap<>());
        }
    }

    // The study file's own parser knows nothing of the microstories section; it is read apart.
    private static JsonNode withoutSection(JsonNode root, String section) {
        if (root instanceof ObjectNode object && object.has(section)) {
            ObjectNode copy = object.deepCopy();
            copy.remove(section);
            return copy;
        }
        return root;
    }

    private List<ContentBlock> parse(
            SourceDocument doc,
            Problems.Builder problems,
            Map<BlockId, Origin> origins,
            Map<BlockId, ContentBlock> into,
            StoryContext stories) {
        NodeReader in = new NodeReader(doc, problems);
        BlockParser parser = new BlockParser(in);
        ShortStoryParser shortForm = new ShortStoryParser(in);
        JsonNode root = doc.root();
        List<String> pointers = new ArrayList<>();
        if (root.isObject() && root.has("blocks") && root.size() == 1) {
            JsonNode list = root.get("blocks");
            if (!list.isArray() || list.isEmpty()) {
                in.error("wrong-type", "Expected 'blocks' to be a list of blocks.", "/blocks");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    pointers.add("/blocks/" + i);
                }
            }
        } else if (root.isObject() && (root.has("id") || root.has(ShortStoryParser.FIELD))) {
            pointers.add("");
        } else {
            in.error(
                    "wrong-type",
                    "A block file holds one block (a mapping with 'id', 'kind', 'languages', "
                            + "'messages', ...), one short-form 'microstory:', or 'blocks:' with a list of both.",
                    "");
        }
        List<ContentBlock> read = new ArrayList<>();
        for (String pointer : pointers) {
            JsonNode node = pointer.isEmpty() ? root : root.at(pointer);
            Optional<ContentBlock> block;
            Optional<ShortMicrostory> shortStory = Optional.empty();
            String base = pointer;
            if (node.isObject() && node.has(ShortStoryParser.FIELD) && node.size() == 1) {
                base = NodeReader.child(pointer, ShortStoryParser.FIELD);
                if (stories.declared() && stories.pattern().isEmpty()) {
                    continue; // the study file's microstories section has errors, reported there
                }
                shortStory = shortForm.story(node.get(ShortStoryParser.FIELD), base, stories.pattern());
                block = shortStory.map(s -> s.toBlock(stories.pattern().orElseThrow()));
            } else {
                block = parser.block(node, pointer);
            }
            if (block.isEmpty()) {
                continue;
            }
            BlockId id = block.get().id();
            Origin origin = Origin.of(doc, base);
            if (origins.containsKey(id)) {
                problems.error(
                        "duplicate-block",
                        "The block id '" + id + "' is also used in "
                                + origins.get(id).locate("").source() + "; block ids must be unique in a study.",
                        origin.locate("/id"));
                continue;
            }
            origins.put(id, origin);
            into.put(id, block.get());
            shortStory.ifPresent(story -> stories.read().put(id, story));
            read.add(block.get());
        }
        return read;
    }
}
