package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.Authorship;
import eu.coact.content.ConfirmAndRetry;
import eu.coact.content.ContentWarning;
import eu.coact.content.MicrostoryPattern;
import eu.coact.content.Option;
import eu.coact.content.PatternQuestion;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.StoryTemplate;
import java.util.List;

/** Writes the short form of microstories and the study's pattern, field for field what the parsers read. */
public final class StoryWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoryWriter() {}

    /** A block file holding one short-form story: {@code microstory:} and its fields. */
    public static ObjectNode story(ShortMicrostory story) {
        ObjectNode root = NODES.objectNode();
        ObjectNode out = root.putObject(ShortStoryParser.FIELD);
        out.put("id", story.id().value());
        out.put("kind", ShortMicrostory.kindCode(story.kind()));
        out.put("environment", story.environment().code());
        if (!story.themes().isEmpty()) {
            ArrayNode themes = out.putArray("themes");
            story.themes().forEach(themes::add);
        }
        out.put("teller", story.teller());
        if (!story.warnings().isEmpty()) {
            ArrayNode warnings = out.putArray("warning");
            story.warnings().stream().map(ContentWarning::code).forEach(warnings::add);
        }
        story.illustration().ifPresent(image -> {
            ObjectNode node = out.putObject("illustration");
            node.set("file", BlockWriter.localized(image.file()));
            node.set("alt", BlockWriter.localized(image.alt()));
        });
        out.set("text", BlockWriter.localized(story.text()));
        if (!story.options().isEmpty()) {
            out.set("options", BlockWriter.options(story.options()));
        }
        out.set("authorship", authorship(story.authorship()));
        return root;
    }

    /** The {@code microstories:} section of {@code study.yaml}. */
    public static ObjectNode pattern(MicrostoryPattern pattern) {
        ObjectNode out = NODES.objectNode();
        pattern.kinds().forEach((kind, template) -> out.set(ShortMicrostory.kindCode(kind), template(template)));
        ConfirmAndRetry confirm = pattern.confirmAndRetry();
        ObjectNode node = out.putObject("confirm-and-retry");
        node.put("attempts", confirm.attempts());
        node.set("confirm", BlockWriter.localized(confirm.confirm()));
        node.set("yes", button(confirm.yes()));
        node.set("no", button(confirm.no()));
        node.set("saved", BlockWriter.localized(confirm.saved()));
        node.put("final", confirm.rule().code());
        pattern.helpNote().ifPresent(note -> out.set("help-note", BlockWriter.localized(note)));
        return out;
    }

    private static ObjectNode template(StoryTemplate template) {
        ObjectNode out = NODES.objectNode();
        out.set("introduction", BlockWriter.localized(template.introduction()));
        ArrayNode questions = out.putArray("questions");
        for (PatternQuestion question : template.questions()) {
            ObjectNode node = questions.addObject();
            node.put("variable", question.variable());
            node.set("text", BlockWriter.localized(question.question()));
            if (question.storyOptions()) {
                node.put("story-options", true);
            }
            if (!question.options().isEmpty() || !question.storyOptions()) {
                node.set("options", BlockWriter.options(question.options()));
            }
        }
        out.set("thanks", BlockWriter.localized(template.thanks()));
        return out;
    }

    private static ObjectNode button(Option option) {
        return (ObjectNode) BlockWriter.options(List.of(option)).get(0);
    }

    private static ObjectNode authorship(Authorship authorship) {
        ObjectNode out = NODES.objectNode();
        ArrayNode authors = out.putArray("authors");
        authorship.authors().forEach(authors::add);
        out.put("date", authorship.date().toString());
        out.put("source", authorship.source());
        return out;
    }
}
