package eu.coact.content.authoring.internal;

import eu.coact.content.Action;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Story;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problems;
import eu.coact.core.read.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules about one block as a graph and as text: dangling and unreachable messages, blocks
 * that cannot end, branches, translations, placeholders, variables and sensitivity.
 * Each check visits every message a fixed number of times, so the cost is linear in the size
 * of the block.
 */
public final class BlockRules {

    private final BlockUnderCheck checked;
    private final ContentBlock block;
    private final BranchRules branches;
    private final Set<String> profileFields;
    private final Map<Language, List<String>> sensitiveTerms;

    private BlockRules(BlockUnderCheck checked, Set<String> profileFields, Map<Language, List<String>> sensitiveTerms) {
        this.checked = checked;
        this.block = checked.block();
        this.branches = new BranchRules(checked);
        this.profileFields = profileFields;
        this.sensitiveTerms = sensitiveTerms;
    }

    /**
     * Checks one block.
     *
     * @param profileFields  profile fields some block of the study sets, usable as placeholder sources
     * @param sensitiveTerms words per language that suggest content needing a warning
     */
    public static void check(
            ContentBlock block,
            Origin origin,
            Problems.Builder problems,
            Set<String> profileFields,
            Map<Language, List<String>> sensitiveTerms) {
        new BlockRules(BlockUnderCheck.of(block, origin, problems), profileFields, sensitiveTerms).run();
    }

    private void run() {
        if (!block.messages().containsKey(block.entry())) {
            checked.error(
                    "dangling-entry",
                    "The entry message '" + block.entry() + "' is not a message of this block.",
                    "/entry");
        }
        for (Message message : block.messages().values()) {
            String at = "/messages/" + SourceDocument.escape(message.id().value());
            branches.check(message, at);
            MessageTextRules.check(checked, message, at);
            checkOptions(message, at);
            PlaceholderRules.check(checked, message, at, profileFields);
            checkActions(message, at);
            if (message instanceof FreeText && message.next() instanceof Next.End) {
                checked.warning(
                        "free-text-without-continuation",
                        "The free-text question '" + message.id()
                                + "' ends the block: say with 'next' what follows the typed answer.",
                        at);
            }
        }
        PathRules.check(checked);
        checkSensitivity();
        block.story().ifPresent(story -> {
            for (int i = 0; i < story.questions().size(); i++) {
                AttemptedQuestion q = story.questions().get(i);
                for (int a = 0; a < q.attempts().size(); a++) {
                    if (!checked.answeredBy().containsKey(q.attempts().get(a))) {
                        checked.error(
                                "unknown-variable",
                                "The attempt '" + q.attempts().get(a) + "' of question '" + q.variable()
                                        + "' is not answered by any message of this block.",
                                "/story/questions/" + i + "/attempts/" + a);
                    }
                }
            }
            checkTelling(story);
        });
    }

    /** The messages that tell a story exist; without any, the released story would have no text. */
    private void checkTelling(Story story) {
        for (int i = 0; i < story.telling().size(); i++) {
            MessageId id = story.telling().get(i);
            if (!block.messages().containsKey(id)) {
                checked.error(
                        "dangling-story-message",
                        "The story is told by '" + id + "', but there is no such message in this block.",
                        "/story/telling/" + i);
            }
        }
        if (story.telling().isEmpty() && !block.messages().containsKey(Story.STORY_MESSAGE)) {
            checked.warning(
                    "story-without-text",
                    "The story names no message that tells it and the block has no message '"
                            + Story.STORY_MESSAGE + "': the open-data release would publish it without its text. "
                            + "Name the messages under 'story: telling: [...]'.",
                    "/story");
        }
    }

    private void checkOptions(Message message, String at) {
        Map<String, Integer> seen = new HashMap<>();
        List<Option> options = message.options();
        for (int i = 0; i < options.size(); i++) {
            Integer first = seen.putIfAbsent(options.get(i).value(), i);
            if (first != null) {
                checked.error(
                        "duplicate-value",
                        "Buttons " + (first + 1) + " and " + (i + 1) + " both have the value '"
                                + options.get(i).value() + "'; each button needs its own value.",
                        at + "/options/" + i + "/value");
            }
        }
    }

    private void checkActions(Message message, String at) {
        List<Action> actions = message.actions();
        for (int i = 0; i < actions.size(); i++) {
            Optional<String> reads = actions.get(i).reads();
            if (reads.isPresent() && !checked.answeredBy().containsKey(reads.get())) {
                checked.error(
                        "unknown-variable",
                        "The action " + actions.get(i).name() + " reads '" + reads.get()
                                + "', which no message of this block answers.",
                        at + "/actions/" + i);
            }
        }
    }

    private void checkSensitivity() {
        block.sensitivity().helpNote().ifPresent(note -> {
            if (!block.messages().containsKey(note)) {
                checked.error(
                        "dangling-next",
                        "The help note '" + note + "' is not a message of this block.",
                        "/sensitivity/help-note");
            }
        });
        if (block.sensitivity().needsHelpNote()
                && block.sensitivity().helpNote().isEmpty()) {
            checked.error(
                    "missing-help-note",
                    "Content about suicide or self-harm must be followed by a message with help "
                            + "resources: name it in 'sensitivity/help-note'.",
                    "/sensitivity");
        }
        if (block.sensitivity().isSensitive() || sensitiveTerms.isEmpty()) {
            return;
        }
        for (Message message : block.messages().values()) {
            for (Map.Entry<Language, String> text : message.text().asMap().entrySet()) {
                List<String> terms = sensitiveTerms.getOrDefault(text.getKey(), List.of());
                String lower = text.getValue().toLowerCase(text.getKey().locale());
                for (String term : terms) {
                    if (lower.contains(term.toLowerCase(text.getKey().locale()))) {
                        checked.warning(
                                "sensitive-without-warning",
                                "The text mentions '" + term + "' but the block "
                                        + "declares no content warning ('sensitivity/warnings').",
                                "/messages/"
                                        + SourceDocument.escape(message.id().value()) + "/text/"
                                        + text.getKey().tag());
                        return;
                    }
                }
            }
        }
    }
}
