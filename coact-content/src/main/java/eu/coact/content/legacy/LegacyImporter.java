package eu.coact.content.legacy;

import eu.coact.content.Action;
import eu.coact.content.Authorship;
import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.SystemRole;
import eu.coact.content.authoring.ContentValidator;
import eu.coact.content.authoring.internal.ContentChecks;
import eu.coact.content.authoring.internal.Origin;
import eu.coact.content.legacy.internal.LegacyBlockReader;
import eu.coact.content.legacy.internal.ValueDrift;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.files.FolderListing;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.RegularFiles;
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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports a folder of the original CoActuem bot's JSON blocks and its {@code sequence.txt}.
 * Ids (non-ASCII included), languages, buttons and values, the four {@code next} forms,
 * {@code save} targets, waits, media, actions and scores are carried over; what the files do
 * not say (free-text continuations, image descriptions) comes from a {@link LegacyMapping}.
 * The content's own defects are reported together with the import's problems, in one report.
 *
 * <pre>{@code
 * Validated<ImportedContent> imported = LegacyImporter.of(authorship, List.of(ca, es, en, de))
 *         .withMapping(LegacyMapping.read(mappingFile).orElseThrow())
 *         .importFolder(folder);
 * }</pre>
 */
public final class LegacyImporter {

    /** Problems that a block's earlier errors cause, reported once, with their cause. */
    private static final Set<String> FOLLOW_ON =
            Set.of("unreachable-message", "free-text-without-continuation", "block-never-ends", "no-way-out");

    /** A sequence file lists block ids, one a line: a megabyte is thousands of blocks. */
    private static final long SEQUENCE_MAX_BYTES = 1024 * 1024;

    private final Authorship authorship;
    private final List<Language> languages;
    private final LegacyMapping mapping;

    private LegacyImporter(Authorship authorship, List<Language> languages, LegacyMapping mapping) {
        this.authorship = Objects.requireNonNull(authorship, "authorship");
        this.languages = List.copyOf(languages);
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        if (this.languages.isEmpty()) {
            throw new IllegalArgumentException("name the languages to import");
        }
    }

    /**
     * An importer.
     *
     * @param authorship who wrote the legacy content (the format does not say; it is required)
     * @param languages  the languages of the legacy content, e.g. ca, es, en, de
     */
    public static LegacyImporter of(Authorship authorship, List<Language> languages) {
        return new LegacyImporter(authorship, languages, LegacyMapping.none());
    }

    /** The same importer with continuations and alternative texts supplied. */
    public LegacyImporter withMapping(LegacyMapping other) {
        return new LegacyImporter(authorship, languages, other);
    }

    /**
     * Imports every {@code .json} block of a folder and its {@code sequence.txt}.
     *
     * @return the content with warnings about its defects, or every problem when something
     *         cannot be imported faithfully
     */
    public Validated<ImportedContent> importFolder(Path folder) {
        Problems.Builder problems = Problems.builder();
        List<BlockId> sequence = sequence(folder.resolve("sequence.txt"), problems);
        Set<String> inSequence = new LinkedHashSet<>();
        sequence.forEach(b -> inSequence.add(b.value()));
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : jsonFiles(folder, problems)) {
            Validated<SourceDocument> doc = DocumentReader.standard().read(file, DocumentFormat.JSON);
            problems.addAll(doc.problems());
            if (doc instanceof Validated.Valid<SourceDocument> valid) {
                documents.add(valid.value());
            }
        }
        Map<String, String> renames = ValueDrift.unify(documents, problems);
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        Map<BlockId, Origin> origins = new LinkedHashMap<>();
        Map<BlockId, Set<MessageId>> partial = new LinkedHashMap<>();
        Set<String> fileIds = new LinkedHashSet<>();
        for (SourceDocument doc : documents) {
            String name = Path.of(doc.source()).getFileName().toString();
            String fileId =
                    Normalizer.normalize(name.substring(0, name.length() - ".json".length()), Normalizer.Form.NFC);
            fileIds.add(fileId);
            NodeReader in = new NodeReader(doc, problems);
            int before = in.errors();
            LegacyBlockReader reader = new LegacyBlockReader(in, languages, mapping, authorship, renames);
            Optional<ContentBlock> block = reader.read(
                    fileId, inSequence.contains(fileId), role(fileId).isPresent());
            if (block.isPresent()) {
                if (blocks.containsKey(block.get().id())) {
                    in.error(
                            "duplicate-block",
                            "Another file also has the block id '" + block.get().id() + "'.",
                            "/_id");
                } else {
                    blocks.put(block.get().id(), block.get());
                    origins.put(block.get().id(), Origin.of(doc, ""));
                    if (in.errors() > before && !reader.broken().isEmpty()) {
                        partial.put(block.get().id(), reader.broken());
                    }
                }
            }
        }
        for (int i = 0; i < sequence.size(); i++) {
            if (!blocks.containsKey(sequence.get(i))
                    && !fileIds.contains(sequence.get(i).value())) {
                problems.error(
                        "unknown-block",
                        "The sequence names '" + sequence.get(i) + "', but there is no such block file.",
                        Location.of(folder.resolve("sequence.txt").toString(), "", i + 1, 1));
            }
        }
        unusedMapping(blocks.keySet(), problems);
        // Blocks with errors are still checked as a whole; what follows from a message that could
        // not be imported is its cause's problem and is not reported again.
        Problems.Builder checks = Problems.builder();
        ContentChecks.checkBlocks(
                blocks.values(), origins::get, Optional.empty(), ContentValidator.DEFAULT_SENSITIVE_TERMS, checks);
        checks.build().stream()
                .filter(p -> !followsFromBroken(p, partial, origins))
                .forEach(problems::add);
        Problems found = problems.build();
        if (found.hasErrors()) {
            return Validated.invalid(found);
        }
        Map<SystemRole, BlockId> roles = systemRoles(blocks.keySet());
        return Validated.valid(
                new ImportedContent(
                        languages, List.copyOf(blocks.values()), sequence, roles, frequencies(blocks.values())),
                found);
    }

    private void unusedMapping(Set<BlockId> imported, Problems.Builder problems) {
        Set<BlockId> named = new LinkedHashSet<>(mapping.continuations().keySet());
        named.addAll(mapping.blocks().keySet());
        for (BlockId block : named) {
            if (!imported.contains(block)) {
                problems.warning(
                        "unused-mapping",
                        "The mapping names the block '" + block + "', which was not imported.",
                        Location.of("legacy mapping"));
            }
        }
    }

    /**
     * Whether a problem of a block with errors follows from them: a message that could not be
     * imported, or a path cut short (messages it leaves unreachable, a question without continuation).
     */
    private static boolean followsFromBroken(
            Problem problem, Map<BlockId, Set<MessageId>> partial, Map<BlockId, Origin> origins) {
        for (Map.Entry<BlockId, Set<MessageId>> entry : partial.entrySet()) {
            Origin origin = origins.get(entry.getKey());
            if (!problem.location().source().equals(origin.source())) {
                continue;
            }
            if (FOLLOW_ON.contains(problem.code())) {
                return true;
            }
            for (MessageId broken : entry.getValue()) {
                String at = "/messages/" + SourceDocument.escape(broken.value());
                String path = problem.location().path();
                if (path.equals(at)
                        || path.startsWith(at + "/")
                        || problem.message().contains("'" + broken.value() + "'")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The frequencies the imported frequency questions offer. */
    private static Set<Frequency> frequencies(Collection<ContentBlock> blocks) {
        Set<Frequency> offered = new TreeSet<>();
        for (ContentBlock block : blocks) {
            Set<String> changed = new LinkedHashSet<>();
            block.messages()
                    .values()
                    .forEach(m -> m.actions().stream()
                            .filter(a -> a instanceof Action.ChangeFrequency)
                            .forEach(a -> a.reads().ifPresent(changed::add)));
            block.messages().values().stream()
                    .filter(m -> m.answerVariable().filter(changed::contains).isPresent())
                    .flatMap(m -> m.options().stream())
                    .forEach(o -> Frequency.parse(o.value()).ifPresent(offered::add));
        }
        return offered;
    }

    private static List<BlockId> sequence(Path file, Problems.Builder problems) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(
                    "missing-sequence",
                    "The folder needs a sequence.txt with one block id per line.",
                    Location.of(file.toString()));
            return List.of();
        }
        Validated<String> text = RegularFiles.readUtf8(file, SEQUENCE_MAX_BYTES);
        problems.addAll(text.problems());
        if (!(text instanceof Validated.Valid<String> valid)) {
            return List.of();
        }
        List<String> lines = valid.value().lines().toList();
        List<BlockId> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Normalizer.normalize(lines.get(i).strip(), Normalizer.Form.NFC);
            if (line.isEmpty()) {
                continue;
            }
            if (!lines.get(i).equals(lines.get(i).stripTrailing())) {
                problems.warning(
                        "sequence-trailing-space",
                        "The line '" + line + "' ends in spaces: the original "
                                + "program kept them and never found the block '" + line + "'; it is imported as '"
                                + line
                                + "', so participants now receive it.",
                        Location.of(
                                file.toString(),
                                "",
                                i + 1,
                                lines.get(i).stripTrailing().length() + 1));
            }
            try {
                ids.add(BlockId.of(line));
            } catch (IllegalArgumentException e) {
                problems.error(
                        "invalid-value",
                        "Not a valid block id: " + e.getMessage() + ".",
                        Location.of(file.toString(), "", i + 1, 1));
            }
        }
        return ids;
    }

    private static List<Path> jsonFiles(Path folder, Problems.Builder problems) {
        if (!Files.isDirectory(folder)) {
            problems.error(
                    "missing-folder", "The legacy content folder does not exist.", Location.of(folder.toString()));
            return List.of();
        }
        // Links, devices and FIFOs are problems with their path, never read.
        FolderListing listing = FolderWalk.list(folder, 1);
        problems.addAll(listing.problems());
        return listing.files().stream()
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .toList();
    }

    /** The settings roles: what the mapping says first, then the original bot's block names. */
    private Map<SystemRole, BlockId> systemRoles(Set<BlockId> blocks) {
        Map<SystemRole, BlockId> roles = new EnumMap<>(SystemRole.class);
        for (BlockId id : blocks) {
            mapping.block(id).role().ifPresent(r -> roles.putIfAbsent(r, id));
        }
        for (BlockId id : blocks) {
            if (mapping.block(id).role().isEmpty()) {
                role(id.value()).ifPresent(r -> roles.putIfAbsent(r, id));
            }
        }
        return roles;
    }

    private Optional<SystemRole> role(String name) {
        Optional<SystemRole> said = mappedRole(name);
        if (said.isPresent()) {
            return said;
        }
        return namedRole(name);
    }

    private Optional<SystemRole> mappedRole(String name) {
        try {
            return mapping.block(BlockId.of(name)).role();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SystemRole> namedRole(String name) {
        return name.startsWith("welcome")
                ? Optional.of(SystemRole.WELCOME)
                : name.equals("lang")
                        ? Optional.of(SystemRole.LANGUAGE)
                        : name.startsWith("frequencia")
                                ? Optional.of(SystemRole.FREQUENCY)
                                : name.equals("world") || name.equals("hour")
                                        ? Optional.of(SystemRole.TIME_ZONE)
                                        : name.equals("pause")
                                                ? Optional.of(SystemRole.PAUSE)
                                                : name.equals("resume")
                                                        ? Optional.of(SystemRole.RESUME)
                                                        : name.equals("unsubscribe")
                                                                ? Optional.of(SystemRole.WITHDRAW)
                                                                : Optional.empty();
    }
}
