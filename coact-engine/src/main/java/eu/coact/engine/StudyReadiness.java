package eu.coact.engine;

import eu.coact.consent.ConsentDocument;
import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Option;
import eu.coact.content.Study;
import eu.coact.core.Language;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code validate} checks about a study that only shows once content, conversation settings
 * and consent documents meet: a button label that is also a command word, and a study language
 * with no consent document. (Translations of one version that disagree on purposes are reported
 * where the documents are read, with their file and line.)
 */
public final class StudyReadiness {

    private StudyReadiness() {}

    /**
     * Warns about every button label that is also a command word in its language. The engine
     * takes such a label, typed while its question is open, as the answer (buttons first); typed
     * at any other moment it is the command, which may surprise the participant.
     *
     * @param study    the study
     * @param commands the study's command words
     * @return one warning per label and language
     */
    public static Problems buttonLabels(Study study, CommandWords commands) {
        Problems.Builder problems = Problems.builder();
        for (ContentBlock block : study.blocks().values()) {
            for (Message message : block.messages().values()) {
                List<Option> options = message.options();
                for (int i = 0; i < options.size(); i++) {
                    for (Map.Entry<Language, String> label :
                            options.get(i).label().asMap().entrySet()) {
                        Optional<CommandWords.Invocation> command = commands.match(label.getValue(), label.getKey());
                        if (command.isPresent()) {
                            problems.warning(
                                    "button-label-is-command",
                                    "The button '" + label.getValue() + "' ("
                                            + label.getKey().tag() + ") is also the command word for "
                                            + command.get()
                                                    .command()
                                                    .name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .replace('_', '-')
                                            + "; while its question is open it answers the question, at any other moment it is"
                                            + " the command. Choose another label if that could confuse participants.",
                                    Location.of(
                                            "block " + block.id().value(),
                                            "/messages/" + message.id().value() + "/options/" + i + "/label/"
                                                    + label.getKey().tag()));
                        }
                    }
                }
            }
        }
        return problems.build();
    }

    /**
     * Errors when a study language has no consent document: its participants could not be shown
     * the consent text in their language.
     *
     * @param study     the study
     * @param documents the study's consent documents
     * @param source    where the documents are, for the problems (e.g. {@code consent/})
     * @return the errors
     */
    public static Problems consentDocuments(Study study, List<ConsentDocument> documents, String source) {
        Problems.Builder problems = Problems.builder();
        for (Language language : study.plan().languages()) {
            if (documents.stream().noneMatch(d -> d.language().equals(language))) {
                problems.error(
                        "consent-document-missing",
                        "The study is offered in " + language.tag()
                                + " but has no consent document in " + language.tag()
                                + "; participants must be shown the "
                                + "consent text in their own language.",
                        Location.of(source));
            }
        }
        return problems.build();
    }
}
