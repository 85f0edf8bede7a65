package eu.coact.engine.internal;

import eu.coact.core.Language;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.engine.Command;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.ShippedLanguages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A study's own languages: the files of its {@code languages/} folder, one per language and
 * named by its tag ({@code nl.yaml}, {@code pt-BR.yaml}), read over the SDK's; and the check that
 * every language the study declares has every system text, command word and topic name.
 */
public final class StudyLanguages {

    /** The folder of a study that holds its language files. */
    public static final String FOLDER = "languages";

    private StudyLanguages() {}

    /**
     * The settings with the study's language files read over them.
     *
     * @param studyFolder the study folder
     * @param base        the settings the files change
     * @param problems    receives every mistake, with file, path and line
     * @return the changed settings (a file with errors changes nothing)
     */
    public static EngineSettings read(Path studyFolder, EngineSettings base, Problems.Builder problems) {
        Path folder = studyFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return base;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(
                    "file-unreadable", "The languages folder cannot be read.", Location.of(folder.toString())));
            return base;
        }
        LanguageFile languages = null;
        for (Path file : files) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!List.of("yaml", "yml", "json").contains(extension)) {
                problems.add(Problem.warning(
                        "unexpected-file",
                        "Only language files (such as nl.yaml) belong in "
                                + "the languages folder; this one is not read.",
                        Location.of(file.toString())));
                continue;
            }
            Language language;
            try {
                language = Language.of(name.substring(0, dot));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(
                        "invalid-language",
                        "A language file is named by its language tag, " + "such as nl.yaml or pt-BR.yaml; '"
                                + name.substring(0, dot) + "' is not one.",
                        Location.of(file.toString())));
                continue;
            }
            Validated<SourceDocument> document = DocumentReader.standard().read(file);
            problems.addAll(document.problems());
            if (document instanceof Validated.Valid<SourceDocument> valid) {
                NodeReader in = new NodeReader(valid.value(), problems);
                in.context("language file " + language);
                languages = languages == null
                        ? new LanguageFile(in, base.texts(), base.commands())
                        : new LanguageFile(in, languages.texts(), languages.commands());
                languages.read(valid.value().root(), language);
            }
        }
        return languages == null ? base : base.withTexts(languages.texts()).withCommands(languages.commands());
    }

    /**
     * Reports each study language that lacks a system text, a command word or a topic name,
     * naming what is missing and where to write it.
     *
     * @param studyFolder the study folder
     * @param declared    the languages the study declares
     * @param settings    the settings as read
     * @param problems    receives the problems
     */
    public static void checkComplete(
            Path studyFolder, List<Language> declared, EngineSettings settings, Problems.Builder problems) {
        for (Language language : declared) {
            List<String> missing = new ArrayList<>(settings.texts().missing(language));
            for (Command command : settings.commands().missing(language)) {
                missing.add(
                        "commands/" + command.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            if (missing.isEmpty()) {
                continue;
            }
            Path file = studyFolder.resolve(FOLDER).resolve(language.tag() + ".yaml");
            if (!Files.exists(file)) {
                problems.add(Problem.error(
                        "missing-language",
                        "The study speaks " + language + ", a language "
                                + "the SDK does not ship (it ships " + ShippedLanguages.languages() + "). Write "
                                + FOLDER + "/" + language.tag()
                                + ".yaml with every system text, command word and topic "
                                + "name (copy the SDK's en.yaml and translate it); missing: "
                                + String.join(", ", missing)
                                + ".",
                        Location.of(file.toString())));
                continue;
            }
            for (String key : missing) {
                problems.add(Problem.error(
                        "missing-language-text",
                        "The study speaks " + language + " but has no "
                                + describe(key) + " in " + language + ": write it in " + FOLDER + "/" + language.tag()
                                + ".yaml under " + key.replace("/", ": ") + ".",
                        Location.of(file.toString(), "/" + key)));
            }
        }
    }

    private static String describe(String key) {
        String name = key.substring(key.indexOf('/') + 1);
        if (key.startsWith("texts/")) {
            return "system text '" + name + "'";
        }
        return key.startsWith("commands/")
                ? "word for the command '" + name + "'"
                : "name for the topic '" + name + "'";
    }
}
