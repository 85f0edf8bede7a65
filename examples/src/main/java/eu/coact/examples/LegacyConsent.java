package eu.coact.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import eu.coact.core.Language;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The consent policy skeleton a legacy mapping file gives under {@code consent:}: the policy
 * (written as {@code consent-policy.yaml}) and one consent document per language (written to
 * {@code consent/}); the legacy bot kept its consent as PDFs sent by the welcome block, and
 * those become the documents' files ({@link #withFiles}). What is written is checked by
 * {@code coact validate} like any study's.
 *
 * <pre>
 * consent:
 *   policy: {controller: ..., controller-contact: ..., jurisdiction: ES, minimum-age: 18}
 *   document: {id: coactuem-consent, version: 1, role: citizen-scientist, effective: 2021-01-01,
 *              purposes: [take-part, process-answers]}
 *   text: {ca: ..., es: ..., en: ..., de: ...}
 * </pre>
 *
 * <p>The mapping's {@code commands} section, command words per language, is written as the
 * study's language files ({@code languages/<tag>.yaml}): old labels such as "Continuar" were
 * also command words, and a study may choose other words instead of relabelling its content.
 *
 * @param policy    the policy's fields as written in the mapping
 * @param document  the document's front matter fields (without language)
 * @param texts     the document's text per language
 * @param commands  command words per language tag, as written in the mapping
 * @param files     the document's file per language, under the study's media folder
 */
record LegacyConsent(
        JsonNode policy,
        JsonNode document,
        Map<Language, String> texts,
        Map<String, JsonNode> commands,
        Map<Language, String> files) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** Copies the texts. */
    LegacyConsent {
        texts = Map.copyOf(texts);
        commands = Map.copyOf(commands);
        files = Map.copyOf(files);
    }

    /** Whether the mapping gave a consent policy and document, not only command words. */
    boolean hasDocument() {
        return !policy.isNull();
    }

    /** This skeleton with a file for the document in each language that has one. */
    LegacyConsent withFiles(Map<Language, String> perLanguage) {
        return new LegacyConsent(policy, document, texts, commands, perLanguage);
    }

    /** The skeleton of a mapping file, if it has a {@code consent} section; problems with their lines. */
    static Validated<Optional<LegacyConsent>> read(Path mapping, List<Language> languages) {
        return DocumentReader.standard().read(mapping).flatMap(doc -> of(doc, languages));
    }

    private static Validated<Optional<LegacyConsent>> of(SourceDocument doc, List<Language> languages) {
        JsonNode consent = doc.root().get("consent");
        Problems.Builder problems = Problems.builder();
        NodeReader in = new NodeReader(doc, problems);
        Map<String, JsonNode> commands = new LinkedHashMap<>();
        in.map(
                        doc.root().get("commands"),
                        "/commands",
                        "the command words (language to words per command)",
                        (node, pointer) -> in.object(
                                        node,
                                        pointer,
                                        "the command words of a language",
                                        Set.of(
                                                "pause",
                                                "resume",
                                                "withdraw",
                                                "help",
                                                "language",
                                                "frequency",
                                                "time-window",
                                                "time-zone"),
                                        Set.of())
                                ? Optional.of(node)
                                : Optional.empty())
                .ifPresent(commands::putAll);
        if (consent == null) {
            Problems found = problems.build();
            return found.hasErrors()
                    ? Validated.invalid(found)
                    : commands.isEmpty()
                            ? Validated.valid(Optional.empty())
                            : Validated.valid(Optional.of(new LegacyConsent(
                                    com.fasterxml.jackson.databind.node.NullNode.getInstance(),
                                    com.fasterxml.jackson.databind.node.NullNode.getInstance(),
                                    Map.of(),
                                    commands,
                                    Map.of())));
        }
        if (!in.object(
                consent,
                "/consent",
                "the consent skeleton",
                Set.of("policy", "document", "text"),
                Set.of("policy", "document", "text"))) {
            return Validated.invalid(problems.build());
        }
        in.object(
                consent.get("policy"),
                "/consent/policy",
                "the consent policy (controller, controller-contact, ...)",
                Set.of(
                        "controller",
                        "controller-contact",
                        "jurisdiction",
                        "minimum-age",
                        "analysed-data",
                        "withdrawal-method",
                        "contact-purpose",
                        "sensitive",
                        "purposes"),
                Set.of("controller", "controller-contact"));
        in.object(
                consent.get("document"),
                "/consent/document",
                "the consent document's details",
                Set.of("id", "version", "role", "effective", "purposes", "mandatory"),
                Set.of("id", "version", "role", "effective", "purposes"));
        Map<Language, String> texts = new LinkedHashMap<>();
        in.localized(consent.get("text"), "/consent/text", "consent text", languages)
                .ifPresent(t -> {
                    texts.putAll(t.asMap());
                    for (Language language : t.missing(languages)) {
                        in.error(
                                "missing-translation",
                                "The consent text has no translation for " + language + ", which the study speaks.",
                                "/consent/text");
                    }
                });
        Problems found = problems.build();
        return found.hasErrors()
                ? Validated.invalid(found)
                : Validated.valid(
                        Optional.of(new LegacyConsent(
                                consent.get("policy"), consent.get("document"), texts, commands, Map.of())),
                        found);
    }

    /** Writes {@code consent-policy.yaml} and {@code consent/<id>-v<version>.<language>.md} into a study folder. */
    void write(Path study) {
        try {
            for (Map.Entry<String, JsonNode> words : commands.entrySet()) {
                Path folder = Files.createDirectories(study.resolve("languages"));
                Files.writeString(
                        folder.resolve(words.getKey() + ".yaml"),
                        YAML.writeValueAsString(Map.of("commands", words.getValue())),
                        StandardCharsets.UTF_8);
            }
            if (policy.isNull()) {
                return;
            }
            Files.writeString(
                    study.resolve("consent-policy.yaml"), YAML.writeValueAsString(policy), StandardCharsets.UTF_8);
            Path folder = Files.createDirectories(study.resolve("consent"));
            String id = document.path("id").asText();
            String version = document.path("version").asText();
            for (Map.Entry<Language, String> text : texts.entrySet()) {
                Map<String, Object> front = new LinkedHashMap<>();
                front.put("id", id);
                front.put("version", document.get("version"));
                front.put("language", text.getKey().tag());
                document.properties().forEach(e -> front.putIfAbsent(e.getKey(), e.getValue()));
                if (files.containsKey(text.getKey())) {
                    front.put("file", files.get(text.getKey()));
                }
                String header = YAML.writeValueAsString(front);
                Files.writeString(
                        folder.resolve(id + "-v" + version + "." + text.getKey().tag() + ".md"),
                        "---\n" + header + "---\n" + text.getValue().strip() + "\n",
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
