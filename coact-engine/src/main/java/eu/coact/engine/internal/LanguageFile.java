package eu.coact.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.ContentWarning;
import eu.coact.content.FormattedText;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import eu.coact.engine.Command;
import eu.coact.engine.CommandWords;
import eu.coact.engine.SystemText;
import eu.coact.engine.SystemTexts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one language file, the SDK's or a study's {@code languages/<tag>.yaml}: its
 * {@code texts} (system texts by name, in the content markup), {@code commands} (the words of
 * each command) and {@code topics} (content-warning names). Each entry replaces the one it names
 * for that language; what the file leaves out is kept. Every mistake is reported with its path
 * and line, and nothing of a file with errors is used.
 */
public final class LanguageFile {

    private static final Set<String> FIELDS = Set.of("texts", "commands", "topics");

    private final NodeReader in;
    private SystemTexts texts;
    private CommandWords commands;

    /**
     * A reader adding to texts and words.
     *
     * @param in       reports problems in the file being read
     * @param texts    the texts the file changes
     * @param commands the words the file changes
     */
    public LanguageFile(NodeReader in, SystemTexts texts, CommandWords commands) {
        this.in = in;
        this.texts = texts;
        this.commands = commands;
    }

    /**
     * Reads a file's root for one language.
     *
     * @param root     the file's root mapping
     * @param language the language the file is for (named by the file)
     * @return true when the file had no errors and was taken
     */
    public boolean read(JsonNode root, Language language) {
        int before = in.errors();
        if (!in.object(root, "", "a language file with texts, commands and topics", FIELDS, Set.of())) {
            return false;
        }
        SystemTexts newTexts = texts;
        CommandWords newCommands = commands;
        for (String field : names(root.get("texts"), "/texts", "the system texts")) {
            String pointer = "/texts/" + field;
            Optional<SystemText> key =
                    FileNames.find(in, SystemText.values(), FileNames::of, field, "a system text", pointer);
            if (key.isEmpty()) {
                continue;
            }
            Optional<String> text = text(root.get("texts").get(field), pointer, "the text " + field);
            if (text.isPresent()) {
                newTexts = newTexts.with(key.get(), LocalizedText.of(language, text.get()));
            }
        }
        for (String field : names(root.get("topics"), "/topics", "the names of content-warning topics")) {
            String pointer = "/topics/" + field;
            Optional<ContentWarning> warning = FileNames.find(
                    in, ContentWarning.values(), ContentWarning::code, field, "a content warning", pointer);
            if (warning.isEmpty()) {
                continue;
            }
            Optional<String> name = text(root.get("topics").get(field), pointer, "the topic name");
            if (name.isPresent()) {
                newTexts = newTexts.withTopic(warning.get(), LocalizedText.of(language, name.get()));
            }
        }
        for (String field : names(root.get("commands"), "/commands", "the command words")) {
            String pointer = "/commands/" + field;
            Optional<Command> command =
                    FileNames.find(in, Command.values(), FileNames::of, field, "a command", pointer);
            if (command.isEmpty()) {
                continue;
            }
            Optional<List<String>> words = words(root.get("commands").get(field), pointer);
            if (words.isPresent()) {
                newCommands =
                        newCommands.replace(command.get(), language, words.get().toArray(new String[0]));
            }
        }
        if (in.errors() > before) {
            return false;
        }
        texts = newTexts;
        commands = newCommands;
        return true;
    }

    /** The texts with every file read so far. */
    public SystemTexts texts() {
        return texts;
    }

    /** The command words with every file read so far. */
    public CommandWords commands() {
        return commands;
    }

    private List<String> names(JsonNode node, String pointer, String what) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            in.error("wrong-type", "Expected " + what + " here: a mapping of names to values.", pointer);
            return List.of();
        }
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    /** A non-empty text in the content markup. */
    private Optional<String> text(JsonNode node, String pointer, String what) {
        Optional<String> text = in.text(node, pointer, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            in.error("empty-text", "The " + what + " is empty.", pointer);
            return Optional.empty();
        }
        int before = in.errors();
        FormattedText.check(text.get(), (code, message) -> in.error(code, message, pointer));
        return in.errors() > before ? Optional.empty() : text;
    }

    private Optional<List<String>> words(JsonNode node, String pointer) {
        Optional<List<String>> words = in.list(
                node,
                pointer,
                "the command words",
                (n, p) -> in.text(n, p, "a command word").flatMap(w -> {
                    if (w.isBlank() || w.strip().indexOf(' ') >= 0) {
                        in.error("invalid-value", "A command word is one word without spaces.", p);
                        return Optional.empty();
                    }
                    return Optional.of(w.strip());
                }));
        if (words.isPresent() && words.get().isEmpty()) {
            in.error("missing-field", "Give at least one word for this command.", pointer);
            return Optional.empty();
        }
        return words;
    }
}
