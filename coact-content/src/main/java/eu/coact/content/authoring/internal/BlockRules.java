package eu.coact.content.authoring.internal;

import eu.coact.content.Action;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.FormattedText;
import eu.coact.content.FreeText;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.content.Story;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problems;
import eu.coact.core.read.SourceDocument;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules about one block as a graph and as text: dangling and unreachable messages, blocks
 * that cannot end, branches, translations, placeholders, variables and sensitivity.
 * Each check visits every message a fixed number of times, so the cost is linear in the size
 * of the block.
 */
public final class BlockRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,64})\\}");

    private final ContentBlock block;
    private final Origin origin;
    private final Problems.Builder problems;
    private final Set<String> profileFields;
    private final Map<Language, List<String>> sensitiveTerms;
    private final Map<String, Message> answeredBy = new HashMap<>();

    private BlockRules(
            ContentBlock block,
            Origin origin,
            Problems.Builder problems,
            Set<String> profileFields,
            Map<Language, List<String>> sensitiveTerms) {
        this.block = block;
        this.origin = origin;
        this.problems = problems;
        this.profileFields = profileFields;
        this.sensitiveTerms = sensitiveTerms;
        for (Message message : block.messages().values()) {
            message.answerVariable().ifPresent(v -> answeredBy.putIfAbsent(v, message));
        }
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
        new BlockRules(block, origin, problems, profileFields, sensitiveTerms).run();
    }

    private void run() {
        if (!block.messages().containsKey(block.entry())) {
            error(
                    "dangling-entry",
                    "The entry message '" + block.entry() + "' is not a message of this block.",
                    "/entry");
        }
        for (Message message : block.messages().values()) {
            String at = "/messages/" + SourceDocument.escape(message.id().value());
            checkNext(message, at);
            checkTexts(message, at);
            checkOptions(message, at);
            checkPlaceholders(message, at);
            checkActions(message, at);
            if (message instanceof FreeText && message.next() instanceof Next.End) {
                warning(
                        "free-text-without-continuation",
                        "The free-text question '" + message.id()
                                + "' ends the block: say with 'next' what follows the typed answer.",
                        at);
            }
        }
        checkGraph();
        checkSensitivity();
        block.story().ifPresent(story -> {
            for (int i = 0; i < story.questions().size(); i++) {
                AttemptedQuestion q = story.questions().get(i);
                for (int a = 0; a < q.attempts().size(); a++) {
                    if (!answeredBy.containsKey(q.attempts().get(a))) {
                        error(
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
                error(
                        "dangling-story-message",
                        "The story is told by '" + id + "', but there is no such message in this block.",
                        "/story/telling/" + i);
            }
        }
        if (story.telling().isEmpty() && !block.messages().containsKey(Story.STORY_MESSAGE)) {
            warning(
                    "story-without-text",
                    "The story names no message that tells it and the block has no message '"
                            + Story.STORY_MESSAGE + "': the open-data release would publish it without its text. "
                            + "Name the messages under 'story: telling: [...]'.",
                    "/story");
        }
    }

    private void checkNext(Message message, String at) {
        Next next = message.next();
        if (next instanceof Next.GoTo goTo) {
            target(goTo.target(), at + "/next");
        } else if (next instanceof Next.OnAnswer branch) {
            branch.cases()
                    .forEach((value, target) -> target(target, at + "/next/cases/" + SourceDocument.escape(value)));
            branch.otherwise().ifPresent(t -> target(t, at + "/next/otherwise"));
            if (message instanceof SingleChoice || message instanceof FreeText) {
                coverage(
                        message.options(),
                        branch.cases(),
                        branch.otherwise(),
                        message.id().value(),
                        at);
            } else {
                error(
                        "branch-without-answer",
                        "Only a single-choice or free-text message can branch on its own " + "answer; this is a "
                                + message.type() + " message.",
                        at + "/next");
            }
        } else if (next instanceof Next.OnTyped typed) {
            target(typed.valid(), at + "/next/valid");
            typed.skipped().ifPresent(t -> target(t, at + "/next/skipped"));
            typed.invalid().ifPresent(t -> target(t, at + "/next/invalid"));
            if (!(message instanceof FreeText free)) {
                error(
                        "branch-without-answer",
                        "Only a free-text message can branch on the shape of its answer; " + "this is a "
                                + message.type() + " message.",
                        at + "/next");
            } else if (typed.skipped().isPresent() && free.skipWord().isEmpty()) {
                error(
                        "missing-field",
                        "The branch names where the skip word goes, but the question has no " + "'skip-word'.",
                        at + "/next/skipped");
            }
        } else if (next instanceof Next.OnEarlierAnswer branch) {
            branch.cases()
                    .forEach((value, target) -> target(target, at + "/next/cases/" + SourceDocument.escape(value)));
            branch.otherwise().ifPresent(t -> target(t, at + "/next/otherwise"));
            Message source = answeredBy.get(branch.variable());
            if (source == null) {
                error(
                        "unknown-variable",
                        "The branch reads '" + branch.variable()
                                + "', but no message of this block stores an answer under that name.",
                        at + "/next/variable");
            } else if (source instanceof MultipleChoice) {
                error(
                        "branch-without-answer",
                        "'" + branch.variable() + "' holds several values (multiple choice) "
                                + "and cannot choose one branch.",
                        at + "/next/variable");
            } else {
                coverage(source.options(), branch.cases(), branch.otherwise(), branch.variable(), at);
            }
        }
    }

    private void target(MessageId target, String at) {
        if (!block.messages().containsKey(target)) {
            error("dangling-next", "There is no message '" + target + "' in this block.", at);
        }
    }

    private void coverage(
            List<Option> options, Map<String, MessageId> cases, Optional<MessageId> otherwise, String what, String at) {
        if (options.isEmpty()) {
            if (otherwise.isEmpty()) {
                error(
                        "branch-not-covering",
                        "A branch on the typed answer to '" + what + "' needs 'otherwise' for answers not listed.",
                        at + "/next");
            }
            return;
        }
        Set<String> values = new LinkedHashSet<>();
        options.forEach(o -> values.add(o.value()));
        for (String value : cases.keySet()) {
            if (!values.contains(value)) {
                error(
                        "unknown-branch-value",
                        "'" + value + "' is not a value of '" + what + "' (its values are: " + String.join(", ", values)
                                + ").",
                        at + "/next/cases/" + SourceDocument.escape(value));
            }
        }
        if (otherwise.isEmpty()) {
            List<String> uncovered =
                    values.stream().filter(v -> !cases.containsKey(v)).toList();
            if (!uncovered.isEmpty()) {
                error(
                        "branch-not-covering",
                        "The branch on '" + what + "' says nothing for " + String.join(", ", uncovered)
                                + "; add those values or 'otherwise'.",
                        at + "/next");
            }
        }
    }

    private void checkTexts(Message message, String at) {
        if (!(message instanceof Media) || !message.text().isEmpty()) {
            text(message.text(), at + "/text", "text");
            markup(message.text(), at + "/text");
        }
        List<Option> options = message.options();
        for (int i = 0; i < options.size(); i++) {
            text(options.get(i).label(), at + "/options/" + i + "/label", "button label");
            markup(options.get(i).label(), at + "/options/" + i + "/label");
        }
        if (message instanceof SingleChoice choice && choice.image().isPresent()) {
            text(choice.image().get().file(), at + "/image/file", "image file");
            text(choice.image().get().alt(), at + "/image/alt", "alternative text");
        }
        if (message instanceof Media media) {
            text(media.file(), at + "/file", "file");
            if (media.kind() == MediaKind.IMAGE) {
                if (media.alt().isEmpty()) {
                    error(
                            "missing-alt-text",
                            "An image needs alternative text ('alt') in every language, for "
                                    + "participants who cannot see it.",
                            at);
                } else {
                    text(media.alt(), at + "/alt", "alternative text");
                }
            }
        }
        if (message instanceof FreeText free && free.skipWord().isPresent()) {
            text(free.skipWord().get(), at + "/skip-word", "skip word");
        }
        message.fills().forEach((name, fill) -> {
            if (fill instanceof Placeholder.ValueMap map) {
                String fillAt = at + "/fill/" + SourceDocument.escape(name);
                map.cases().forEach((value, text) -> {
                    text(text, fillAt + "/cases/" + SourceDocument.escape(value), "text");
                    markup(text, fillAt + "/cases/" + SourceDocument.escape(value));
                });
                // An 'otherwise' empty in every language is meant: for other answers the text shows nothing.
                map.otherwise()
                        .filter(text -> !text.blank().containsAll(block.languages())
                                || !text.missing(block.languages()).isEmpty())
                        .ifPresent(text -> {
                            text(text, fillAt + "/otherwise", "text");
                            markup(text, fillAt + "/otherwise");
                        });
            }
        });
    }

    /** Formatting in the content markup must balance and be known, in every language. */
    private void markup(LocalizedText text, String at) {
        for (Map.Entry<Language, String> translation : text.asMap().entrySet()) {
            FormattedText.check(
                    translation.getValue(),
                    (code, message) -> error(
                            code,
                            message + " (" + translation.getKey() + ")",
                            at + "/" + translation.getKey().tag()));
        }
    }

    private void text(LocalizedText text, String at, String what) {
        Set<Language> missing = text.missing(block.languages());
        if (!missing.isEmpty()) {
            error(
                    "missing-translation",
                    "The " + what + " has no translation for " + join(missing) + ", which the block declares.",
                    at);
        }
        for (Language blank : text.blank()) {
            error("empty-text", "The " + what + " in " + blank + " is empty.", at + "/" + blank.tag());
        }
        for (Language language : text.languages()) {
            if (!block.languages().contains(language)) {
                warning(
                        "undeclared-language",
                        "The " + what + " has a translation for " + language + ", which the block does not declare.",
                        at + "/" + language.tag());
            }
        }
    }

    private void checkOptions(Message message, String at) {
        Map<String, Integer> seen = new HashMap<>();
        List<Option> options = message.options();
        for (int i = 0; i < options.size(); i++) {
            Integer first = seen.putIfAbsent(options.get(i).value(), i);
            if (first != null) {
                error(
                        "duplicate-value",
                        "Buttons " + (first + 1) + " and " + (i + 1) + " both have the value '"
                                + options.get(i).value() + "'; each button needs its own value.",
                        at + "/options/" + i + "/value");
            }
        }
    }

    private void checkPlaceholders(Message message, String at) {
        Set<String> used = new LinkedHashSet<>();
        for (String text : message.text().asMap().values()) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (String name : used) {
            if (!message.fills().containsKey(name)) {
                error(
                        "placeholder-without-source",
                        "The text uses {" + name + "}, but 'fill' does not say where " + "it comes from.",
                        at + "/text");
            }
        }
        message.fills().forEach((name, fill) -> {
            String fillAt = at + "/fill/" + SourceDocument.escape(name);
            if (!used.contains(name)) {
                warning("unused-fill", "The fill '" + name + "' is not used as {" + name + "} in the text.", fillAt);
            }
            Message source = answeredBy.get(fill.variable());
            if (source == null && !profileFields.contains(fill.variable())) {
                error(
                        "placeholder-without-source",
                        "The fill '" + name + "' reads '" + fill.variable()
                                + "', which no message of this block answers and no block stores in the profile.",
                        fillAt + "/from");
            }
            if (fill instanceof Placeholder.ValueMap map
                    && source != null
                    && !source.options().isEmpty()) {
                Set<String> values = new HashSet<>();
                source.options().forEach(o -> values.add(o.value()));
                for (String value : map.cases().keySet()) {
                    if (!values.contains(value)) {
                        warning(
                                "unknown-fill-value",
                                "'" + value + "' is not a value of '" + fill.variable() + "'.",
                                fillAt + "/cases/" + SourceDocument.escape(value));
                    }
                }
            }
        });
    }

    private void checkActions(Message message, String at) {
        List<Action> actions = message.actions();
        for (int i = 0; i < actions.size(); i++) {
            Optional<String> reads = actions.get(i).reads();
            if (reads.isPresent() && !answeredBy.containsKey(reads.get())) {
                error(
                        "unknown-variable",
                        "The action " + actions.get(i).name() + " reads '" + reads.get()
                                + "', which no message of this block answers.",
                        at + "/actions/" + i);
            }
        }
    }

    private void checkGraph() {
        Map<MessageId, Message> messages = block.messages();
        Set<MessageId> reachable = new HashSet<>();
        if (messages.containsKey(block.entry())) {
            Deque<MessageId> todo = new ArrayDeque<>();
            todo.add(block.entry());
            reachable.add(block.entry());
            while (!todo.isEmpty()) {
                messages.get(todo.poll())
                        .next()
                        .targets()
                        .filter(messages::containsKey)
                        .filter(reachable::add)
                        .forEach(todo::add);
            }
        }
        Map<MessageId, Set<MessageId>> incoming = new HashMap<>();
        Deque<MessageId> todo = new ArrayDeque<>();
        Set<MessageId> canEnd = new HashSet<>();
        for (Message message : messages.values()) {
            if (message.next() instanceof Next.End) {
                canEnd.add(message.id());
                todo.add(message.id());
            }
            message.next()
                    .targets()
                    .forEach(t ->
                            incoming.computeIfAbsent(t, k -> new HashSet<>()).add(message.id()));
        }
        while (!todo.isEmpty()) {
            for (MessageId from : incoming.getOrDefault(todo.poll(), Set.of())) {
                if (canEnd.add(from)) {
                    todo.add(from);
                }
            }
        }
        if (messages.containsKey(block.entry()) && !canEnd.contains(block.entry())) {
            error(
                    "block-never-ends",
                    "No path from the entry message '" + block.entry()
                            + "' reaches a message without 'next': a participant could never finish this block.",
                    "/entry");
        }
        for (Message message : messages.values()) {
            String at = "/messages/" + SourceDocument.escape(message.id().value());
            if (!reachable.contains(message.id()) && messages.containsKey(block.entry())) {
                warning(
                        "unreachable-message",
                        "No path from the entry message '" + block.entry() + "' reaches the message '" + message.id()
                                + "'.",
                        at);
            } else if (reachable.contains(message.id())
                    && !canEnd.contains(message.id())
                    && canEnd.contains(block.entry())) {
                error(
                        "no-way-out",
                        "From the message '" + message.id()
                                + "' no path reaches the end of the block: a participant would be stuck in a loop.",
                        at);
            }
        }
    }

    private void checkSensitivity() {
        block.sensitivity().helpNote().ifPresent(note -> {
            if (!block.messages().containsKey(note)) {
                error(
                        "dangling-next",
                        "The help note '" + note + "' is not a message of this block.",
                        "/sensitivity/help-note");
            }
        });
        if (block.sensitivity().needsHelpNote()
                && block.sensitivity().helpNote().isEmpty()) {
            error(
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
                        warning(
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

    private void error(String code, String message, String at) {
        problems.error(code, message + " (block " + block.id() + ")", origin.locate(at));
    }

    private void warning(String code, String message, String at) {
        problems.warning(code, message + " (block " + block.id() + ")", origin.locate(at));
    }

    private static String join(Collection<Language> languages) {
        return String.join(", ", languages.stream().map(Language::tag).toList());
    }
}
