package eu.coact.engine;

import eu.coact.core.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The words that trigger each {@link Command}, per language, plus study-wide aliases. Matching
 * ignores case, surrounding spaces and a leading {@code /}; a command word may be followed by an
 * argument ({@code frequency 2/day}, {@code language ca}). A word works only in its own language
 * (and in that language's regional forms: {@code es} words for {@code es-MX}) and never in
 * another, except an alias the study declares for everyone and the command's
 * {@linkplain #slashCode slash code} ({@code /pause}), which a command menu sends whatever the
 * language. Immutable and thread-safe.
 */
public final class CommandWords {

    private final Map<Language, Map<String, Command>> byLanguage;
    private final Map<String, Command> aliases;

    private CommandWords(Map<Language, Map<String, Command>> byLanguage, Map<String, Command> aliases) {
        this.byLanguage = byLanguage;
        this.aliases = aliases;
    }

    /** No words at all. */
    public static CommandWords none() {
        return new CommandWords(Map.of(), Map.of());
    }

    /**
     * The words the SDK ships for every command in each of {@link ShippedLanguages#languages()},
     * read from its language files. No word works across languages: a study that wants one
     * (an English {@code help} for everyone) names it among its {@link #alias aliases}.
     */
    public static CommandWords standard() {
        return ShippedLanguages.commands();
    }

    /**
     * These words plus more words for a command in one language.
     *
     * @param command  the command
     * @param language the language the words are in
     * @param words    single words, without spaces
     * @return the extended words
     */
    public CommandWords with(Command command, Language language, String... words) {
        Map<Language, Map<String, Command>> copy = new HashMap<>(byLanguage);
        Map<String, Command> inLanguage = new HashMap<>(copy.getOrDefault(language, Map.of()));
        for (String word : words) {
            inLanguage.put(normalise(word), command);
        }
        copy.put(language, Collections.unmodifiableMap(inLanguage));
        return new CommandWords(Collections.unmodifiableMap(copy), aliases);
    }

    /**
     * These words with the words for a command in one language replaced: the old words for it
     * in that language no longer trigger it.
     *
     * @param command  the command
     * @param language the language the words are in
     * @param words    single words, without spaces; at least one
     * @return the changed words
     */
    public CommandWords replace(Command command, Language language, String... words) {
        if (words.length == 0) {
            throw new IllegalArgumentException("give at least one word");
        }
        Map<Language, Map<String, Command>> copy = new HashMap<>(byLanguage);
        Map<String, Command> inLanguage = new HashMap<>(copy.getOrDefault(language, Map.of()));
        inLanguage.values().removeIf(c -> c == command);
        copy.put(language, Collections.unmodifiableMap(inLanguage));
        return new CommandWords(Collections.unmodifiableMap(copy), aliases).with(command, language, words);
    }

    /**
     * The commands that have no word in a language (nor in the more general language it belongs
     * to, {@code es} for {@code es-MX}); aliases do not count, as they are not words of that language.
     *
     * @param language the language
     * @return the commands nobody could type in it, in declaration order
     */
    public List<Command> missing(Language language) {
        List<Command> missing = new ArrayList<>();
        for (Command command : Command.values()) {
            if (wordsIn(language).stream().noneMatch(words -> words.containsValue(command))) {
                missing.add(command);
            }
        }
        return missing;
    }

    private List<Map<String, Command>> wordsIn(Language language) {
        List<Map<String, Command>> chain = new ArrayList<>();
        Optional<Language> next = Optional.of(language);
        while (next.isPresent()) {
            chain.add(byLanguage.getOrDefault(next.get(), Map.of()));
            next = next.get().parent();
        }
        return chain;
    }

    /**
     * These words plus study-wide aliases, understood in every language.
     *
     * @param command the command
     * @param words   single words, without spaces
     * @return the extended words
     */
    public CommandWords alias(Command command, String... words) {
        Map<String, Command> copy = new HashMap<>(aliases);
        for (String word : words) {
            copy.put(normalise(word), command);
        }
        return new CommandWords(byLanguage, Collections.unmodifiableMap(copy));
    }

    /**
     * The command a typed text asks for, in the participant's language or as an alias.
     *
     * @param typed    what the participant typed
     * @param language the participant's language
     * @return the command and its argument (empty when none was given), if the text is one
     */
    public Optional<Invocation> match(String typed, Language language) {
        String text = typed.strip();
        boolean slash = text.startsWith("/");
        if (slash) {
            text = text.substring(1);
        }
        int space = text.indexOf(' ');
        String word = normalise(space < 0 ? text : text.substring(0, space));
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        Command command = null;
        for (Map<String, Command> words : wordsIn(language)) {
            command = command == null ? words.get(word) : command;
        }
        if (command == null) {
            command = aliases.get(word);
        }
        if (command == null && slash) {
            command = Arrays.stream(Command.values())
                    .filter(c -> slashCode(c).equals(word))
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(command).map(c -> new Invocation(c, argument));
    }

    /** The words that trigger a command in one language, aliases included. */
    public List<String> wordsFor(Command command, Language language) {
        Map<String, Command> all = new HashMap<>(aliases);
        List<Map<String, Command>> chain = wordsIn(language);
        for (int i = chain.size() - 1; i >= 0; i--) {
            all.putAll(chain.get(i));
        }
        return all.entrySet().stream()
                .filter(e -> e.getValue() == command)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /**
     * The code that triggers a command in every language when typed after a slash, as a
     * messaging app's command menu sends it: {@code /pause}, {@code /time-window}. It is an
     * identifier, not a word to write in texts.
     *
     * @param command the command
     * @return its code, e.g. {@code time-zone}
     */
    public static String slashCode(Command command) {
        return command.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String normalise(String word) {
        Objects.requireNonNull(word, "word");
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("a command word is one word without spaces");
        }
        return w;
    }

    /**
     * A recognised command with what followed it.
     *
     * @param command  the command
     * @param argument the rest of the text, stripped; empty when nothing followed
     */
    public record Invocation(Command command, String argument) {
        /** Checks presence. */
        public Invocation {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(argument, "argument");
        }
    }
}
