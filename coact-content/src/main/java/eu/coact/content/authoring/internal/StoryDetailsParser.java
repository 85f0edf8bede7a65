package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.FinalAnswer;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.Story;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code story} details of a block: who tells it, in which social environment, its
 * themes, the questions with several attempts, and the messages that tell it.
 */
final class StoryDetailsParser {

    private final NodeReader in;
    private final CodeReader codes;

    StoryDetailsParser(NodeReader in) {
        this.in = in;
        this.codes = new CodeReader(in);
    }

    /** The story details, or empty when none are written or they have errors (reported). */
    Optional<Story> story(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!in.object(
                node,
                pointer,
                "the story details",
                Set.of("teller", "environment", "themes", "questions", "telling"),
                Set.of("teller", "environment"))) {
            return Optional.empty();
        }
        Optional<String> teller = in.text(node.get("teller"), NodeReader.child(pointer, "teller"), "the teller");
        Optional<SocialEnvironment> environment = environment(node, pointer);
        List<String> themes = themes(node, pointer);
        List<AttemptedQuestion> questions = in.list(
                        node.get("questions"),
                        NodeReader.child(pointer, "questions"),
                        "the questions",
                        this::attemptedQuestion)
                .orElse(List.of());
        Optional<List<MessageId>> telling = telling(node.get("telling"), NodeReader.child(pointer, "telling"));
        if (teller.isEmpty() || environment.isEmpty() || telling.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Story(teller.get(), environment.get(), new LinkedHashSet<>(themes), questions, telling.get()));
    }

    /** The messages that tell the story, each once; none written means the message {@code story}. */
    private Optional<List<MessageId>> telling(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.of(List.of());
        }
        Optional<List<MessageId>> read = in.list(node, pointer, "the messages that tell the story", in::messageId);
        if (read.isPresent() && read.get().isEmpty()) {
            in.error(
                    "invalid-value",
                    "Name at least one message that tells the story, or leave 'telling' out.",
                    pointer);
            return Optional.empty();
        }
        if (read.isPresent() && Set.copyOf(read.get()).size() != read.get().size()) {
            in.error("duplicate-value", "Each message tells the story once.", pointer);
            return Optional.empty();
        }
        return read;
    }

    private Optional<AttemptedQuestion> attemptedQuestion(JsonNode node, String pointer) {
        if (!in.object(
                node, pointer, "a question", Set.of("variable", "attempts", "final"), Set.of("variable", "attempts"))) {
            return Optional.empty();
        }
        Optional<String> variable = in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable");
        Optional<List<String>> attempts = in.list(
                node.get("attempts"),
                NodeReader.child(pointer, "attempts"),
                "the attempt variables",
                (n, p) -> in.text(n, p, "a variable"));
        Optional<FinalAnswer> rule = node.has("final")
                ? codes.field(
                        node.get("final"),
                        NodeReader.child(pointer, "final"),
                        "final-answer rule",
                        FinalAnswer::fromCode,
                        () -> CodeReader.codes(FinalAnswer.values(), FinalAnswer::code))
                : Optional.of(FinalAnswer.LAST_ATTEMPT);
        if (variable.isEmpty() || attempts.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttemptedQuestion(variable.get(), attempts.get(), rule.get()));
    }

    /** The story's social environment, its {@code environment} field (reported when missing or unknown). */
    Optional<SocialEnvironment> environment(JsonNode story, String pointer) {
        return codes.field(
                story.get("environment"),
                NodeReader.child(pointer, "environment"),
                "social environment",
                SocialEnvironment::fromCode,
                () -> CodeReader.codes(SocialEnvironment.values(), SocialEnvironment::code));
    }

    /** The story's themes, its optional {@code themes} list. */
    List<String> themes(JsonNode story, String pointer) {
        return in.list(
                        story.get("themes"),
                        NodeReader.child(pointer, "themes"),
                        "the themes",
                        (n, p) -> in.text(n, p, "a theme"))
                .orElse(List.of());
    }
}
