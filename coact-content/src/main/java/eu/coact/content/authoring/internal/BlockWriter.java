package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.Action;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Media;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.content.StudyPlan;
import eu.coact.content.TextFormat;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Turns the model back into the tree of the authoring format, field for field what the parser reads. */
public final class BlockWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BlockWriter() {}

    /** The tree of one block. */
    public static ObjectNode block(ContentBlock block) {
        ObjectNode out = NODES.objectNode();
        out.put("id", block.id().value());
        out.put("kind", block.kind().code());
        ArrayNode languages = out.putArray("languages");
        block.languages().forEach(l -> languages.add(l.tag()));
        out.put("entry", block.entry().value());
        ObjectNode authorship = out.putObject("authorship");
        ArrayNode authors = authorship.putArray("authors");
        block.authorship().authors().forEach(authors::add);
        authorship.put("date", block.authorship().date().toString());
        authorship.put("source", block.authorship().source());
        if (block.sensitivity().isSensitive() || block.sensitivity().helpNote().isPresent()) {
            ObjectNode sensitivity = out.putObject("sensitivity");
            ArrayNode warnings = sensitivity.putArray("warnings");
            block.sensitivity().warnings().stream().map(ContentWarning::code).forEach(warnings::add);
            block.sensitivity().helpNote().ifPresent(h -> sensitivity.put("help-note", h.value()));
        }
        block.score().ifPresent(s -> out.put("score", s));
        block.story().ifPresent(story -> {
            ObjectNode node = out.putObject("story");
            node.put("teller", story.teller());
            node.put("environment", story.environment().code());
            ArrayNode themes = node.putArray("themes");
            story.themes().forEach(themes::add);
            ArrayNode questions = node.putArray("questions");
            for (AttemptedQuestion q : story.questions()) {
                ObjectNode question = questions.addObject();
                question.put("variable", q.variable());
                ArrayNode attempts = question.putArray("attempts");
                q.attempts().forEach(attempts::add);
                question.put("final", q.rule().code());
            }
            if (!story.telling().isEmpty()) {
                ArrayNode telling = node.putArray("telling");
                story.telling().forEach(m -> telling.add(m.value()));
            }
        });
        ObjectNode messages = out.putObject("messages");
        block.messages().forEach((id, message) -> messages.set(id.value(), message(message)));
        return out;
    }

    /** The tree of a study plan, as in {@code study.yaml}. */
    public static ObjectNode plan(StudyPlan plan) {
        ObjectNode out = NODES.objectNode();
        out.put("study", plan.id().value());
        ArrayNode languages = out.putArray("languages");
        plan.languages().forEach(l -> languages.add(l.tag()));
        ArrayNode sequence = out.putArray("sequence");
        plan.sequence().forEach(b -> sequence.add(b.value()));
        ObjectNode system = out.putObject("system");
        plan.system().forEach((role, block) -> system.put(role.code(), block.value()));
        ObjectNode frequency = out.putObject("frequency");
        frequency.put("default", plan.defaultFrequency().toString());
        ArrayNode allowed = frequency.putArray("allowed");
        plan.allowedFrequencies().forEach(f -> allowed.add(f.toString()));
        return out;
    }

    private static ObjectNode message(Message message) {
        ObjectNode out = NODES.objectNode();
        out.put("type", message.type());
        if (!(message instanceof Media media) || !media.text().isEmpty()) {
            out.set("text", localized(message.text()));
        }
        if (message instanceof SingleChoice choice) {
            out.put("variable", choice.variable());
            out.set("options", options(choice.options()));
            choice.image().ifPresent(image -> {
                ObjectNode node = out.putObject("image");
                node.set("file", localized(image.file()));
                node.set("alt", localized(image.alt()));
            });
            if (choice.disclosure() != DisclosureRole.NONE) {
                out.put("disclosure", choice.disclosure().code());
            }
        } else if (message instanceof MultipleChoice choice) {
            out.put("variable", choice.variable());
            out.set("options", options(choice.options()));
            if (choice.disclosure() != DisclosureRole.NONE) {
                out.put("disclosure", choice.disclosure().code());
            }
        } else if (message instanceof FreeText free) {
            out.put("variable", free.variable());
            out.put("max-length", free.maxLength());
            if (free.format() != TextFormat.TEXT) {
                out.put("format", free.format().code());
            }
            free.skipWord().ifPresent(w -> out.set("skip-word", localized(w)));
            if (free.disclosure() != DisclosureRole.defaultFor(free.format())) {
                out.put("disclosure", free.disclosure().code());
            }
        } else if (message instanceof Media media) {
            out.put("media", media.kind().code());
            out.set("file", localized(media.file()));
            if (!media.alt().isEmpty()) {
                out.set("alt", localized(media.alt()));
            }
        }
        message.pacing()
                .delay()
                .ifPresent(d -> out.put(
                        "wait",
                        BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros()));
        if (!(message.next() instanceof Next.End)) {
            out.set("next", next(message.next()));
        }
        if (!message.actions().isEmpty()) {
            ArrayNode actions = out.putArray("actions");
            message.actions().forEach(a -> actions.add(action(a)));
        }
        if (!message.fills().isEmpty()) {
            ObjectNode fills = out.putObject("fill");
            message.fills().forEach((name, placeholder) -> fills.set(name, placeholder(placeholder)));
        }
        return out;
    }

    static ArrayNode options(List<Option> options) {
        ArrayNode out = NODES.arrayNode();
        for (Option option : options) {
            ObjectNode node = out.addObject();
            node.put("value", option.value());
            node.set("label", localized(option.label()));
            if (option.missing()) {
                node.put("missing", true);
            }
        }
        return out;
    }

    private static com.fasterxml.jackson.databind.JsonNode next(Next next) {
        if (next instanceof Next.GoTo goTo) {
            return NODES.textNode(goTo.target().value());
        }
        if (next instanceof Next.OnAnswer branch) {
            return branch(null, branch.cases(), branch.otherwise());
        }
        if (next instanceof Next.OnEarlierAnswer branch) {
            return branch(branch.variable(), branch.cases(), branch.otherwise());
        }
        if (next instanceof Next.OnTyped typed) {
            ObjectNode out = NODES.objectNode();
            out.put("valid", typed.valid().value());
            typed.skipped().ifPresent(s -> out.put("skipped", s.value()));
            typed.invalid().ifPresent(i -> out.put("invalid", i.value()));
            return out;
        }
        return NODES.nullNode();
    }

    private static ObjectNode branch(
            String variable, Map<String, MessageId> cases, java.util.Optional<MessageId> otherwise) {
        ObjectNode out = NODES.objectNode();
        if (variable != null) {
            out.put("variable", variable);
        }
        ObjectNode node = out.putObject("cases");
        cases.forEach((value, target) -> node.put(value, target.value()));
        otherwise.ifPresent(o -> out.put("otherwise", o.value()));
        return out;
    }

    private static ObjectNode action(Action action) {
        ObjectNode out = NODES.objectNode();
        out.put("type", action.name());
        if (action instanceof Action.RecordConsent consent) {
            out.put("decision", consent.decision().code());
            consent.document().ifPresent(d -> out.put("document", d.value()));
            if (!consent.grants().isEmpty()) {
                ArrayNode grants = out.putArray("grants");
                consent.grants().forEach(g -> grants.add(g.value()));
            }
        } else if (action instanceof Action.SetProfileField field) {
            out.put("field", field.field());
            out.put("from", field.variable());
        } else if (action instanceof Action.ChangeFrequency frequency) {
            out.put("from", frequency.variable());
        } else if (action instanceof Action.SetTimeZone zone) {
            out.put("from", zone.variable());
        } else if (action instanceof Action.SetLanguage language) {
            out.put("from", language.variable());
        } else if (action instanceof Action.SetTimeOfDay time) {
            out.put("from", time.variable());
        }
        return out;
    }

    private static ObjectNode placeholder(Placeholder placeholder) {
        ObjectNode out = NODES.objectNode();
        out.put("from", placeholder.variable());
        if (placeholder instanceof Placeholder.ValueMap map) {
            ObjectNode cases = out.putObject("cases");
            map.cases().forEach((value, text) -> cases.set(value, localized(text)));
            map.otherwise().ifPresent(o -> out.set("otherwise", localized(o)));
        }
        return out;
    }

    static ObjectNode localized(LocalizedText text) {
        ObjectNode out = NODES.objectNode();
        text.asMap().forEach((language, value) -> out.put(language.tag(), value));
        return out;
    }
}
