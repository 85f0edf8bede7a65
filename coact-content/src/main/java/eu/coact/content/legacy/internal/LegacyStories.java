package eu.coact.content.legacy.internal;

import eu.coact.content.AttemptedQuestion;
import eu.coact.content.BlockKind;
import eu.coact.content.FinalAnswer;
import eu.coact.content.Message;
import eu.coact.content.Story;
import eu.coact.content.legacy.BlockMapping;
import eu.coact.core.BlockId;
import eu.coact.core.read.NodeReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story details of an imported microstory: teller, environment and themes from the mapping
 * (the legacy files never had them), and the confirm-and-retry questions from the answer
 * variables' names ({@code yo_1}, {@code yo_2} are attempts at {@code yo}; the last one given
 * counts, as in the original study). Confirmations ({@code v_yo_1}) and continue-presses are
 * not questions.
 */
final class LegacyStories {

    private static final Pattern ATTEMPT = Pattern.compile("(?!v_)([\\p{L}][\\p{L}\\p{N}]*)_([1-9])");

    private LegacyStories() {}

    /** The story of a microstory block; empty, with an error, when the mapping lacks its details. */
    static Optional<Story> story(
            BlockId id, BlockKind kind, BlockMapping said, Collection<Message> messages, NodeReader in) {
        if (kind != BlockKind.SHARE_EXPERIENCE && kind != BlockKind.FIND_SOLUTIONS) {
            return Optional.empty();
        }
        if (said.teller().isEmpty() || said.environment().isEmpty()) {
            in.error(
                    "missing-story-details",
                    "The legacy files do not say who tells this microstory or in which "
                            + "social environment it happens; give them in the mapping file under 'blocks: " + id
                            + ": {teller: ..., environment: close | professional-institutional | society, themes: [...]}'.",
                    "/title");
            return Optional.empty();
        }
        Map<String, List<String>> attempts = new LinkedHashMap<>();
        for (Message message : messages) {
            message.answerVariable()
                    .filter(v ->
                            !message.options().isEmpty() && message.options().size() > 1)
                    .ifPresent(variable -> {
                        Matcher m = ATTEMPT.matcher(variable);
                        if (m.matches()) {
                            attempts.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                                    .add(variable);
                        }
                    });
        }
        List<AttemptedQuestion> questions = new ArrayList<>();
        attempts.forEach((question, variables) -> questions.add(
                new AttemptedQuestion(question, variables.stream().sorted().toList(), FinalAnswer.LAST_ATTEMPT)));
        return Optional.of(new Story(said.teller().get(), said.environment().get(), said.themes(), questions));
    }
}
