package eu.coact.engine;

import eu.coact.core.Language;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.engine.internal.LanguageFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The languages whose system texts, command words and topic names ship with the SDK, each in a
 * language file ({@code eu/coact/engine/languages/<tag>.yaml} in the jar, the same layout as a
 * study's {@code languages/<tag>.yaml}). A study in one of these languages needs no texts of its
 * own; a study in another language writes its own file. Thread-safe: the files are read once.
 */
public final class ShippedLanguages {

    private static final List<Language> LANGUAGES = Stream.of("ca", "de", "en", "es", "eu", "fr", "gl", "it", "pt")
            .map(Language::of)
            .toList();

    private static final LanguageFile LOADED = load();

    private ShippedLanguages() {}

    /** The languages the SDK has every text and command word for, ordered by tag. */
    public static List<Language> languages() {
        return LANGUAGES;
    }

    static SystemTexts texts() {
        return LOADED.texts();
    }

    static CommandWords commands() {
        return LOADED.commands();
    }

    private static LanguageFile load() {
        Problems.Builder problems = Problems.builder();
        LanguageFile files = null;
        for (Language language : LANGUAGES) {
            String name = "languages/" + language.tag() + ".yaml";
            byte[] bytes;
            try (InputStream in = ShippedLanguages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the SDK's language file " + name + " is missing from the jar");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("the SDK's language file " + name + " cannot be read", e);
            }
            Validated<SourceDocument> document = DocumentReader.standard().read(name, bytes, DocumentFormat.YAML);
            if (!(document instanceof Validated.Valid<SourceDocument> valid)) {
                throw new IllegalStateException(
                        "the SDK's language file " + name + " is broken: " + document.problems());
            }
            NodeReader reader = new NodeReader(valid.value(), problems);
            files = files == null
                    ? new LanguageFile(reader, SystemTexts.none(), CommandWords.none())
                    : new LanguageFile(reader, files.texts(), files.commands());
            if (!files.read(valid.value().root(), language)) {
                throw new IllegalStateException("the SDK's language file " + name + " is broken: " + problems.build());
            }
        }
        return files;
    }
}
