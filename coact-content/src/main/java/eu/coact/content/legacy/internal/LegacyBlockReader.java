package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Pacing;
import eu.coact.content.Sensitivity;
import eu.coact.content.legacy.BlockMapping;
import eu.coact.content.legacy.LegacyMapping;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one block of the original bot's JSON format into the model, reporting what it cannot
 * carry over (unknown actions, unsupported templates, missing continuations) instead of guessing.
 */
public final class LegacyBlockReader {

    /** Longest free-text answer assumed for legacy {@code WA} messages, which declared none. */
    public static final int LEGACY_FREE_TEXT_LENGTH = 1000;

    private static final Set<String> BLOCK_FIELDS =
            Set.of("_id", "title", "initial_messages", "points", "messages", "repeatable", "skip");

    private static final Map<String, BlockKind> KINDS = Map.of(
            "compartir_vivencias", BlockKind.SHARE_EXPERIENCE,
            "encontrar_soluciones_juntos", BlockKind.FIND_SOLUTIONS,
            "capacitation", BlockKind.TRAINING,
            "user_settings", BlockKind.SYSTEM,
            "user_engagement", BlockKind.ENGAGEMENT_MILESTONE,
            "textos_informativos", BlockKind.INFORMATION);

    private final NodeReader in;
    private final List<Language> languages;
    private final LegacyMapping mapping;
    private final Authorship authorship;
    private final Map<String, String> renames;
    private final Set<MessageId> broken = new java.util.LinkedHashSet<>();

    /**
     * A reader of one legacy document.
     *
     * @param in         the document's field reader
     * @param languages  the languages imported
     * @param mapping    what the files do not say
     * @param authorship who wrote the content
     * @param renames    answer values to write another way (case and accent drift between blocks)
     */
    public LegacyBlockReader(
            NodeReader in,
            List<Language> languages,
            LegacyMapping mapping,
            Authorship authorship,
            Map<String, String> renames) {
        this.in = in;
        this.languages = languages;
        this.mapping = mapping;
        this.authorship = authorship;
        this.renames = renames;
    }

    /**
     * The messages that could not be imported, or whose continuation is unknown: the causes of
     * follow-on problems in the rest of the block (their own problems are reported).
     */
    public Set<MessageId> broken() {
        return Set.copyOf(broken);
    }

    /**
     * The block of the document, or empty when it has errors (all reported).
     *
     * @param fileId      the file name without {@code .json}
     * @param inSequence  whether the sequence names this block (a settings block in the
     *                    sequence is a questionnaire, e.g. the profile)
     * @param system      whether the block has a system role (welcome, pause, ...)
     */
    public Optional<ContentBlock> read(String fileId, boolean inSequence, boolean system) {
        JsonNode root = in.document().root();
        in.context("block " + fileId);
        if (!in.object(
                root, "", "a legacy block", BLOCK_FIELDS, Set.of("_id", "title", "initial_messages", "messages"))) {
            return Optional.empty();
        }
        Optional<BlockId> id = in.parsed(root.get("_id"), "/_id", "block id", BlockId::of);
        id.ifPresent(b -> {
            if (!b.value().equals(Normalizer.normalize(fileId, Normalizer.Form.NFC))) {
                in.warning(
                        "id-not-file-name",
                        "The block id '" + b + "' differs from its file name '" + fileId + "'.",
                        "/_id");
            }
        });
        BlockMapping said = id.map(mapping::block).orElse(BlockMapping.none());
        Optional<BlockKind> kind = in.text(root.get("title"), "/title", "a block category")
                .flatMap(t -> {
                    BlockKind k = KINDS.get(t);
                    if (k == null) {
                        in.error(
                                "unknown-value",
                                "'" + t + "' is not a category of the legacy format; the categories are: "
                                        + String.join(
                                                ", ",
                                                KINDS.keySet().stream().sorted().toList()) + ".",
                                "/title");
                    }
                    return Optional.ofNullable(k);
                })
                .map(k -> k == BlockKind.SYSTEM && inSequence && !system ? BlockKind.QUESTIONNAIRE : k)
                .map(k -> said.kind().orElse(k));
        Optional<List<MessageId>> initial =
                in.list(root.get("initial_messages"), "/initial_messages", "the start messages", in::messageId);
        if (initial.isPresent() && initial.get().isEmpty()) {
            in.error("missing-field", "The block needs a start message in 'initial_messages'.", "/initial_messages");
        } else if (initial.isPresent() && initial.get().size() != 1) {
            in.error(
                    "unsupported-feature",
                    "Only single-participant blocks (one start message) can be imported; " + "this one has "
                            + initial.get().size() + ".",
                    "/initial_messages");
        }
        Optional<Integer> score = score(root.get("points"));
        Map<MessageId, Message> messages = new LinkedHashMap<>();
        JsonNode messageNodes = root.get("messages");
        if (messageNodes != null && messageNodes.isObject() && id.isPresent()) {
            BlockFacts facts = BlockFacts.of(messageNodes);
            LegacyMessageReader reader = new LegacyMessageReader(
                    in, languages, mapping, new LegacyAnswerValues(facts, said.values(), renames));
            for (Map.Entry<String, JsonNode> field : messageNodes.properties()) {
                String at = NodeReader.child("/messages", field.getKey());
                Optional<MessageId> messageId = in.messageIdKey(field.getKey(), at);
                messageId
                        .flatMap(m -> reader.message(id.get(), m, field.getValue(), at, said))
                        .ifPresent(m -> messages.put(m.id(), m));
                // A message that cannot be imported stands in as an end, so that the rest of the
                // block is still checked; what follows from it is its cause's, not reported again.
                messageId.filter(m -> !messages.containsKey(m)).ifPresent(m -> {
                    broken.add(m);
                    messages.put(
                            m,
                            new Information(
                                    m, LocalizedText.empty(), Pacing.standard(), Next.end(), List.of(), Map.of()));
                });
            }
            broken.addAll(reader.missingContinuations());
            if (!inSequence) {
                LegacyDefects.unreadAnswers(facts, in);
            }
            LegacyDefects.ratherNotAnswer(messages.values(), in);
        } else if (messageNodes != null && !messageNodes.isObject()) {
            in.error("wrong-type", "Expected the messages as a mapping of message id to message.", "/messages");
        }
        if (messageNodes != null && messageNodes.isObject() && messageNodes.isEmpty()) {
            in.error("no-messages", "A block needs at least one message.", "/messages");
        }
        if (id.isEmpty() || kind.isEmpty() || initial.isEmpty() || initial.get().isEmpty() || messages.isEmpty()) {
            return Optional.empty();
        }
        Sensitivity sensitivity = said.warnings().isEmpty()
                ? Sensitivity.none()
                : Sensitivity.warning(said.warnings(), said.helpNote().orElseThrow());
        Optional<eu.coact.content.Story> story =
                LegacyStories.story(id.get(), kind.get(), said, initial.get().get(0), messages, in);
        return Optional.of(new ContentBlock(
                id.get(),
                kind.get(),
                languages,
                initial.get().get(0),
                messages,
                authorship,
                sensitivity,
                score,
                story));
    }

    private Optional<Integer> score(JsonNode points) {
        if (points == null || points.isNull()) {
            return Optional.empty();
        }
        Optional<List<String>> list = in.list(points, "/points", "the points", (n, p) -> in.text(n, p, "points"));
        if (list.isEmpty() || list.get().isEmpty()) {
            return Optional.empty();
        }
        String first = list.get().get(0).strip();
        if (!first.matches("[0-9]{1,3}")) {
            in.error(
                    "unsupported-feature",
                    "Points written as an expression ('" + first + "') are not evaluated; "
                            + "only whole numbers can be imported.",
                    "/points/0");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(first));
    }
}
