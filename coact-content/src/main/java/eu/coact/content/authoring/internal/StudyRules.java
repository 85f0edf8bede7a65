package eu.coact.content.authoring.internal;

import eu.coact.content.Action;
import eu.coact.content.ContentBlock;
import eu.coact.content.Image;
import eu.coact.content.Media;
import eu.coact.content.Message;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.content.internal.Spellings;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.files.FolderListing;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rules across blocks: the plan's references, value drift between blocks, and media files. */
public final class StudyRules {

    private StudyRules() {}

    /** The profile fields some block of these blocks stores, usable as placeholder sources. */
    public static Set<String> profileFields(Iterable<ContentBlock> blocks) {
        Set<String> fields = new HashSet<>();
        for (ContentBlock block : blocks) {
            for (Message message : block.messages().values()) {
                for (Action action : message.actions()) {
                    if (action instanceof Action.SetProfileField set) {
                        fields.add(set.field());
                    }
                }
            }
        }
        return fields;
    }

    /** Checks the plan against the blocks: sequence, system roles, languages, frequencies. */
    public static void checkPlan(Study study, Origin plan, Problems.Builder problems) {
        StudyPlan p = study.plan();
        Set<BlockId> used = new HashSet<>();
        for (int i = 0; i < p.sequence().size(); i++) {
            BlockId id = p.sequence().get(i);
            used.add(id);
            if (!study.blocks().containsKey(id)) {
                problems.error(
                        "unknown-block",
                        "The sequence names the block '" + id + "', which the study does not " + "have.",
                        plan.locate("/sequence/" + i));
            }
        }
        for (SystemRole role : SystemRole.values()) {
            BlockId id = p.system().get(role);
            if (id == null) {
                if (role.required()) {
                    problems.error(
                            "missing-system-block",
                            "Every study needs a '" + role.code() + "' block, so that participants can always "
                                    + purpose(role) + ".",
                            plan.locate("/system"));
                }
                continue;
            }
            used.add(id);
            if (!study.blocks().containsKey(id)) {
                problems.error(
                        "unknown-block",
                        "The " + role.code() + " block '" + id + "' is not a block of the study.",
                        plan.locate("/system/" + role.code()));
            } else if (!doesItsJob(role, study.blocks().get(id))) {
                problems.error(
                        "system-block-without-action",
                        "The " + role.code() + " block '" + id
                                + "' runs when a participant asks to " + purpose(role)
                                + ", but none of its messages has the '"
                                + jobAction(role) + "' action, so asking would change nothing.",
                        plan.locate("/system/" + role.code()));
            } else if (p.sequence().contains(id)) {
                problems.warning(
                        "system-block-in-sequence",
                        "The " + role.code() + " block '" + id
                                + "' is also in the sequence; system blocks run on request, not in order.",
                        plan.locate("/system/" + role.code()));
            }
        }
        if (!p.allowedFrequencies().isEmpty() && !p.allowedFrequencies().contains(p.defaultFrequency())) {
            problems.error(
                    "invalid-frequency",
                    "The default frequency " + p.defaultFrequency() + " is not one of the allowed frequencies.",
                    plan.locate("/frequency/default"));
        }
        for (ContentBlock block : study.blocks().values()) {
            List<Language> missing = p.languages().stream()
                    .filter(l -> !block.languages().contains(l))
                    .toList();
            if (!missing.isEmpty() && used.contains(block.id())) {
                problems.error(
                        "missing-translation",
                        "The block '" + block.id() + "' does not declare "
                                + String.join(
                                        ", ",
                                        missing.stream().map(Language::tag).toList())
                                + ", which the study declares.",
                        plan.locate("/languages"));
            }
            if (!used.contains(block.id())) {
                problems.warning(
                        "unused-block",
                        "The block '" + block.id() + "' is neither in the sequence nor a system block.",
                        plan.locate("/sequence"));
            }
        }
    }

    /**
     * Reports values that are the same word spelt differently (only accents differ, e.g.
     * {@code Sí} and {@code Si}) across or within blocks: analyses would count them as two answers.
     * The most frequent spelling is taken as meant; every other occurrence is reported.
     */
    public static void checkValueDrift(
            Iterable<ContentBlock> blocks, Function<BlockId, Origin> origins, Problems.Builder problems) {
        record Use(ContentBlock block, String pointer, String value) {}
        Map<String, List<Use>> byFolded = new LinkedHashMap<>();
        for (ContentBlock block : blocks) {
            for (Message message : block.messages().values()) {
                List<Option> options = message.options();
                for (int i = 0; i < options.size(); i++) {
                    String value = options.get(i).value();
                    byFolded.computeIfAbsent(stripAccents(value), k -> new ArrayList<>())
                            .add(new Use(
                                    block,
                                    "/messages/"
                                            + SourceDocument.escape(message.id().value()) + "/options/" + i + "/value",
                                    value));
                }
            }
        }
        Spellings.forEachDeparture(
                byFolded.values(),
                Use::value,
                (use, usual, usualCount) -> problems.warning(
                        "value-drift",
                        "The value '" + use.value() + "' differs from '" + usual
                                + "' used elsewhere (" + usualCount
                                + " times) only by accents; answers would be "
                                + "counted apart (block " + use.block().id() + ").",
                        origins.apply(use.block().id()).locate(use.pointer())));
    }

    /**
     * Checks that every media file exists under {@code media}, and that file names are in the
     * same Unicode normalisation (NFC) as the file on disk.
     */
    public static void checkMedia(
            ContentBlock block, Origin origin, Path media, Problems.Builder problems, Map<String, String> nfcIndex) {
        for (Message message : block.messages().values()) {
            String at = "/messages/" + SourceDocument.escape(message.id().value());
            if (message instanceof Media m) {
                files(m.file(), at + "/file", block, origin, media, problems, nfcIndex);
            }
            if (message instanceof SingleChoice choice) {
                Optional<Image> image = choice.image();
                image.ifPresent(i -> files(i.file(), at + "/image/file", block, origin, media, problems, nfcIndex));
            }
        }
    }

    /**
     * The regular files under the media folder (recursively), by their NFC form. A link, device,
     * FIFO or socket there is a problem with its path and is not in the index, so no block can
     * send it; so is a media folder that is itself a link.
     */
    public static Map<String, String> nfcIndex(Path media, Problems.Builder problems) {
        Map<String, String> index = new HashMap<>();
        if (Files.isSymbolicLink(media)) {
            problems.error(
                    "file-is-link",
                    "The media folder is a symbolic link; links are not followed. " + "Put the folder itself here.",
                    Location.of(media.toString()));
            return index;
        }
        FolderListing listing = FolderWalk.list(media, 8);
        problems.addAll(listing.problems());
        for (Path p : listing.files()) {
            String relative = media.relativize(p).toString().replace('\\', '/');
            index.put(Normalizer.normalize(relative, Normalizer.Form.NFC), relative);
        }
        return index;
    }

    private static void files(
            LocalizedText files,
            String at,
            ContentBlock block,
            Origin origin,
            Path media,
            Problems.Builder problems,
            Map<String, String> nfcIndex) {
        Set<String> seen = new HashSet<>();
        Set<String> notNfc = new HashSet<>();
        for (Map.Entry<Language, String> file : files.asMap().entrySet()) {
            String name = file.getValue();
            if (!seen.add(name) || name.isBlank()) {
                continue;
            }
            String fileAt = at + "/" + file.getKey().tag();
            String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
            if (!nfc.equals(name) && notNfc.add(nfc)) {
                problems.warning(
                        "media-name-not-nfc",
                        "The file name '" + nfc + "' is written in Unicode NFD; "
                                + "write it in NFC so that it matches on every system (block " + block.id() + ").",
                        origin.locate(fileAt));
            }
            String onDisk = nfcIndex.get(nfc);
            if (onDisk == null) {
                problems.error(
                        "missing-media",
                        "The file '" + nfc + "' is not in the media folder (block " + block.id() + ").",
                        origin.locate(fileAt));
            } else if (!onDisk.equals(name)) {
                problems.warning(
                        "media-name-normalisation",
                        "The file '" + nfc + "' is named in a different "
                                + "Unicode normalisation on disk than in the content; rename one of them (block "
                                + block.id() + ").",
                        origin.locate(fileAt));
            } else if (!isInside(media, name)) {
                problems.error(
                        "missing-media",
                        "The file '" + nfc + "' must be inside the media folder (block " + block.id() + ").",
                        origin.locate(fileAt));
            }
        }
    }

    private static boolean isInside(Path folder, String name) {
        try {
            return folder.resolve(name).normalize().startsWith(folder.normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The text without combining accents, e.g. {@code Sí} → {@code Si}. */
    static String stripAccents(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The action a settings block needs to do what its role promises; empty for roles the engine carries out itself. */
    private static String jobAction(SystemRole role) {
        return switch (role) {
            case LANGUAGE -> "set-language";
            case FREQUENCY -> "change-frequency";
            case TIME_ZONE -> "set-time-zone";
            case TIME_OF_DAY -> "set-time-of-day";
            case WITHDRAW -> "withdraw";
            default -> "";
        };
    }

    private static boolean doesItsJob(SystemRole role, ContentBlock block) {
        String needed = jobAction(role);
        return needed.isEmpty()
                || block.messages().values().stream()
                        .anyMatch(
                                m -> m.actions().stream().anyMatch(a -> a.name().equals(needed)));
    }

    private static String purpose(SystemRole role) {
        return switch (role) {
            case WELCOME -> "read the study information and give or refuse consent";
            case PAUSE -> "pause";
            case RESUME -> "resume after a pause";
            case WITHDRAW -> "leave the study";
            case LANGUAGE -> "change their language";
            case FREQUENCY -> "change how often they receive stories";
            case TIME_ZONE -> "set their time zone";
            case TIME_OF_DAY -> "change the time of day they receive stories";
        };
    }
}
