package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.Message;
import eu.coact.content.Sensitivity;
import eu.coact.content.Story;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the tree of one block, as written in a block file, into a {@link ContentBlock}. Reports
 * every problem it finds; returns a block only when the part it read has no error.
 */
public final class BlockParser {

    static final Set<String> BLOCK_FIELDS =
            Set.of("id", "kind", "languages", "entry", "authorship", "sensitivity", "score", "story", "messages");
    private static final Set<String> COMMON = Set.of("type", "text", "wait", "next", "actions", "fill");
    private final NodeReader in;
    private final CodeReader codes;
    private final StoryDetailsParser stories;
    private final MessageParser messageParser;

    /** A parser reporting every problem through {@code in}. */
    public BlockParser(NodeReader in) {
        this.in = in;
        this.codes = new CodeReader(in);
        this.stories = new StoryDetailsParser(in);
        this.messageParser = new MessageParser(in);
    }

    /**
     * Reads one block.
     *
     * @param node    the block's mapping
     * @param pointer where it is in the document
     * @return the block, or empty when it has errors (all reported)
     */
    public Optional<ContentBlock> block(JsonNode node, String pointer) {
        int before = errorCount();
        if (!in.object(node, pointer, "a block", BLOCK_FIELDS, Set.of("id", "kind", "languages", "messages"))) {
            return Optional.empty();
        }
        in.context("");
        Optional<BlockId> id = in.parsed(node.get("id"), NodeReader.child(pointer, "id"), "block id", BlockId::of);
        id.ifPresent(b -> in.context("block " + b));
        Optional<BlockKind> kind = codes.field(
                node.get("kind"),
                NodeReader.child(pointer, "kind"),
                "block kind",
                BlockKind::fromCode,
                () -> CodeReader.codes(BlockKind.values(), BlockKind::code));
        Optional<List<Language>> languages = in.list(
                node.get("languages"), NodeReader.child(pointer, "languages"), "the declared languages", in::language);
        List<Language> declared = languages.orElse(List.of());
        Optional<Authorship> authorship = authorship(node.get("authorship"), pointer);
        Sensitivity sensitivity = sensitivity(node.get("sensitivity"), NodeReader.child(pointer, "sensitivity"));
        Optional<Integer> score = in.integer(node.get("score"), NodeReader.child(pointer, "score"), "a score");
        Optional<Story> story = stories.story(node.get("story"), NodeReader.child(pointer, "story"));
        Map<MessageId, Message> messages = new LinkedHashMap<>();
        JsonNode messageNodes = node.get("messages");
        String messagesAt = NodeReader.child(pointer, "messages");
        if (messageNodes != null && !messageNodes.isNull()) {
            if (!messageNodes.isObject()) {
                in.error("wrong-type", "Expected the messages as a mapping of message id to message.", messagesAt);
            } else {
                for (Map.Entry<String, JsonNode> field : messageNodes.properties()) {
                    String at = NodeReader.child(messagesAt, field.getKey());
                    Optional<MessageId> messageId = in.messageIdKey(field.getKey(), at);
                    if (messageId.isPresent()) {
                        messageParser
                                .message(messageId.get(), field.getValue(), at, declared)
                                .ifPresent(m -> messages.put(m.id(), m));
                    }
                }
                if (messageNodes.isEmpty()) {
                    in.error("no-messages", "A block needs at least one message.", messagesAt);
                }
            }
        }
        Optional<MessageId> entry = node.has("entry")
                ? in.messageId(node.get("entry"), NodeReader.child(pointer, "entry"))
                : messages.keySet().stream().findFirst();
        if (errorCount() > before
                || id.isEmpty()
                || kind.isEmpty()
                || languages.isEmpty()
                || authorship.isEmpty()
                || entry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContentBlock(
                id.get(),
                kind.get(),
                languages.get(),
                entry.get(),
                messages,
                authorship.get(),
                sensitivity,
                score,
                story));
    }

    private int errorCount() {
        return in.errors();
    }

    /** Who wrote the block, when and from what source; a missing authorship is an error. */
    Optional<Authorship> authorship(JsonNode node, String blockPointer) {
        String pointer = NodeReader.child(blockPointer, "authorship");
        if (node == null || node.isNull()) {
            in.error(
                    "missing-authorship",
                    "Every block needs authorship (authors as pseudonyms or roles, date, "
                            + "source): all content is written by people, and readers must be able to tell by whom.",
                    blockPointer);
            return Optional.empty();
        }
        if (!in.object(
                node,
                pointer,
                "authorship",
                Set.of("authors", "date", "source"),
                Set.of("authors", "date", "source"))) {
            return Optional.empty();
        }
        Optional<List<String>> authors = in.list(
                node.get("authors"),
                NodeReader.child(pointer, "authors"),
                "the authors",
                (n, p) -> in.text(n, p, "an author"));
        Optional<LocalDate> date = date(node.get("date"), NodeReader.child(pointer, "date"));
        Optional<String> source = in.text(node.get("source"), NodeReader.child(pointer, "source"), "the source");
        if (authors.isEmpty() || date.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Authorship(authors.get(), date.get(), source.get()));
    }

    private Optional<LocalDate> date(JsonNode node, String pointer) {
        Optional<String> text = in.text(node, pointer, "a date (YYYY-MM-DD)");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            in.error("invalid-value", "'" + text.get() + "' is not a date written as YYYY-MM-DD.", pointer);
            return Optional.empty();
        }
    }

    private Sensitivity sensitivity(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Sensitivity.none();
        }
        if (!in.object(node, pointer, "the sensitivity", Set.of("warnings", "help-note"), Set.of())) {
            return Sensitivity.none();
        }
        List<ContentWarning> warnings = in.list(
                        node.get("warnings"),
                        NodeReader.child(pointer, "warnings"),
                        "content warnings",
                        (n, p) -> codes.field(
                                n,
                                p,
                                "content warning",
                                ContentWarning::fromCode,
                                () -> CodeReader.codes(ContentWarning.values(), ContentWarning::code)))
                .orElse(List.of());
        Optional<MessageId> helpNote = node.has("help-note")
                ? in.messageId(node.get("help-note"), NodeReader.child(pointer, "help-note"))
                : Optional.empty();
        return new Sensitivity(warnings.isEmpty() ? Set.of() : EnumSet.copyOf(warnings), helpNote);
    }
}
