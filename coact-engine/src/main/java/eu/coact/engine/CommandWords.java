package eu.coact.engine;

import eu.coact.core.Language;
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
 * argument ({@code frequency 2/day}, {@code language ca}). Immutable.
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
     * The words of the original study in Catalan, Spanish and German, words in Italian, with the
     * English words as aliases, so that they work whatever language a participant chose.
     */
    public static CommandWords standard() {
        Language ca = Language.of("ca");
        Language es = Language.of("es");
        Language en = Language.of("en");
        Language de = Language.of("de");
        Language it = Language.of("it");
        return none()
                .with(Command.PAUSE, ca, "pausa", "pausar").with(Command.PAUSE, es, "pausa", "pausar")
                .with(Command.PAUSE, de, "pausieren", "pause")
                .with(Command.RESUME, ca, "reprendre", "continuar").with(Command.RESUME, es, "reanudar", "continuar")
                .with(Command.RESUME, de, "fortsetzen")
                .with(Command.WITHDRAW, ca, "baixa").with(Command.WITHDRAW, es, "baja")
                .with(Command.WITHDRAW, de, "abmelden")
                .with(Command.HELP, ca, "ajuda").with(Command.HELP, es, "ayuda").with(Command.HELP, de, "hilfe")
                .with(Command.LANGUAGE, ca, "idioma").with(Command.LANGUAGE, es, "idioma")
                .with(Command.LANGUAGE, de, "sprache")
                .with(Command.FREQUENCY, ca, "freqüència").with(Command.FREQUENCY, es, "frecuencia")
                .with(Command.FREQUENCY, de, "häufigkeit")
                .with(Command.TIME_WINDOW, ca, "horari").with(Command.TIME_WINDOW, es, "horario")
                .with(Command.TIME_WINDOW, de, "uhrzeit")
                .with(Command.TIME_ZONE, ca, "fus").with(Command.TIME_ZONE, es, "zona")
                .with(Command.TIME_ZONE, de, "zeitzone")
                .with(Command.PAUSE, it, "pausa").with(Command.RESUME, it, "riprendi")
                .with(Command.WITHDRAW, it, "cancellami").with(Command.HELP, it, "aiuto")
                .with(Command.LANGUAGE, it, "lingua").with(Command.FREQUENCY, it, "frequenza")
                .with(Command.TIME_WINDOW, it, "orario").with(Command.TIME_ZONE, it, "fuso")
                .alias(Command.PAUSE, "pause").alias(Command.RESUME, "resume").alias(Command.WITHDRAW, "unsubscribe")
                .alias(Command.WITHDRAW, "withdraw").alias(Command.HELP, "help").alias(Command.LANGUAGE, "language")
                .alias(Command.FREQUENCY, "frequency").alias(Command.TIME_WINDOW, "time")
                .alias(Command.TIME_ZONE, "timezone");
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
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        int space = text.indexOf(' ');
        String word = normalise(space < 0 ? text : text.substring(0, space));
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        Command command = byLanguage.getOrDefault(language, Map.of()).get(word);
        if (command == null) {
            command = language.parent().map(p -> byLanguage.getOrDefault(p, Map.of()).get(word)).orElse(null);
        }
        if (command == null) {
            command = aliases.get(word);
        }
        return Optional.ofNullable(command).map(c -> new Invocation(c, argument));
    }

    /** The words that trigger a command in one language, aliases included. */
    public List<String> wordsFor(Command command, Language language) {
        Map<String, Command> all = new HashMap<>(aliases);
        all.putAll(byLanguage.getOrDefault(language, Map.of()));
        return all.entrySet().stream().filter(e -> e.getValue() == command).map(Map.Entry::getKey).sorted().toList();
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
