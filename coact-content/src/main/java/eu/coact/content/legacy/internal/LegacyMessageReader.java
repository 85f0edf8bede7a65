package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Action;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Image;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.content.SystemRole;
import eu.coact.content.TextFormat;
import eu.coact.content.legacy.BlockMapping;
import eu.coact.content.legacy.FreeTextRoute;
import eu.coact.content.legacy.LegacyMapping;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the messages of one legacy block (NA, SA, WA) into the model: their texts in the content
 * markup, buttons, media, waits, saves, actions and fills, reporting what cannot be carried over.
 */
final class LegacyMessageReader {

    private static final Set<String> MESSAGE_FIELDS =
            Set.of("type", "text", "vars", "save", "wait", "next", "action", "display");

    private final NodeReader in;
    private final List<Language> languages;
    private final LegacyMapping mapping;
    private final BlockFacts facts;
    private final LegacyAnswerValues answers;
    private final Set<MessageId> missingContinuations = new LinkedHashSet<>();

    /**
     * A reader of one block's messages.
     *
     * @param answers how the block's answer values are written in the study
     */
    LegacyMessageReader(NodeReader in, List<Language> languages, LegacyMapping mapping, LegacyAnswerValues answers) {
        this.in = in;
        this.languages = languages;
        this.mapping = mapping;
        this.facts = answers.facts();
        this.answers = answers;
    }

    /**
     * The free-text messages read so far whose continuation is neither in the file nor in the
     * mapping: kept so the rest of the block is checked, but the cause of what follows from them.
     */
    Set<MessageId> missingContinuations() {
        return Set.copyOf(missingContinuations);
    }

    /** One message, or empty when it has errors of its own (all reported). */
    Optional<Message> message(BlockId block, MessageId id, JsonNode node, String at, BlockMapping said) {
        int before = in.errors();
        if (!in.object(node, at, "a legacy message", MESSAGE_FIELDS, Set.of("type", "text"))) {
            return Optional.empty();
        }
        String type = in.text(node.get("type"), at + "/type", "a message type").orElse("");
        LocalizedText text = text(node.get("text"), at + "/text");
        Pacing pacing = pacing(node.get("wait"), at + "/wait");
        List<JsonNode> vars = new ArrayList<>();
        JsonNode varNodes = node.get("vars");
        if (varNodes != null && !varNodes.isNull()) {
            if (varNodes.isArray()) {
                varNodes.forEach(vars::add);
            } else {
                in.error("wrong-type", "Expected 'vars' to be a list.", at + "/vars");
            }
        }
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i).has("condition")) {
                in.error(
                        "unsupported-condition",
                        "Conditions on answers are code in the legacy format and are never "
                                + "evaluated; rewrite this check as a free-text format or a branch.",
                        at + "/vars/" + i + "/condition");
            }
        }
        Optional<FreeTextRoute> route = type.equals("WA") ? mapping.continuation(block, id) : Optional.empty();
        Optional<String> variable = route.flatMap(FreeTextRoute::variable)
                .or(() -> vars.isEmpty() ? Optional.empty() : variableName(vars.get(0), at + "/vars/0"));
        Map<String, Placeholder> fills = display(node.get("display"), at + "/display");
        Next next = LegacyBranches.next(node.get("next"), at + "/next", variable, answers, in);
        List<Action> actions = new ArrayList<>();
        in.text(node.get("save"), at + "/save", "a profile field")
                .filter(s -> !s.equals("dontsave"))
                .ifPresent(s -> {
                    if (variable.isEmpty()) {
                        in.error(
                                "invalid-save",
                                "'save' needs an answer to store, but this message has no variable.",
                                at + "/save");
                    } else if (s.equals("language")) {
                        // The original program switched the conversation's language at once.
                        actions.add(new Action.SetLanguage(variable.get()));
                    } else {
                        actions.add(new Action.SetProfileField(s, variable.get()));
                    }
                });
        in.text(node.get("action"), at + "/action", "an action")
                .ifPresent(a -> LegacyActions.action(a, at + "/action", variable, facts, in)
                        .ifPresent(actions::add));
        said.role()
                .filter(r -> r == SystemRole.TIME_OF_DAY)
                .filter(r -> type.equals("SA"))
                .flatMap(r -> variable)
                .filter(v -> node.has("save"))
                .ifPresent(v -> actions.add(new Action.SetTimeOfDay(v)));
        said.role()
                .filter(r -> r == SystemRole.TIME_ZONE)
                .filter(r -> type.equals("WA"))
                .flatMap(r -> variable)
                .filter(v -> route.flatMap(FreeTextRoute::format)
                        .filter(f -> f == TextFormat.TIME)
                        .isPresent())
                .ifPresent(v -> actions.add(new Action.SetTimeZone(v)));
        Message message;
        boolean missingContinuation = false;
        switch (type) {
            case "NA" -> {
                Optional<JsonNode> media =
                        vars.stream().filter(v -> v.has("file_name")).findFirst();
                if (media.isPresent()) {
                    int index = vars.indexOf(media.get());
                    JsonNode var = media.get();
                    boolean image = "img".equals(var.path("type").asText())
                            || "img".equals(var.path("type2").asText());
                    LocalizedText files = files(var.get("file_name"), at + "/vars/" + index + "/file_name");
                    message = new Media(
                            id,
                            image ? MediaKind.IMAGE : MediaKind.DOCUMENT,
                            files,
                            image ? alt(files, at + "/vars/" + index) : LocalizedText.empty(),
                            text,
                            pacing,
                            next,
                            actions,
                            fills);
                } else {
                    message = new Information(id, text, pacing, next, actions, fills);
                }
            }
            case "SA" -> {
                if (vars.isEmpty() && next instanceof Next.End) {
                    in.warning(
                            "question-without-buttons",
                            "This select-answer (SA) message has no buttons and ends "
                                    + "the block: the original bot waited for a press that could never come. It is imported "
                                    + "as an information message.",
                            at + "/vars");
                    message = new Information(id, text, pacing, next, actions, fills);
                    break;
                }
                if (vars.isEmpty() || !"button".equals(vars.get(0).path("type").asText())) {
                    in.error("invalid-value", "A select-answer (SA) message needs a button variable.", at + "/vars");
                    return Optional.empty();
                }
                JsonNode var = vars.get(0);
                Optional<Image> image = Optional.empty();
                if ("img".equals(var.path("type2").asText())) {
                    LocalizedText files = files(var.get("file_name"), at + "/vars/0/file_name");
                    image = Optional.of(new Image(files, alt(files, at + "/vars/0")));
                }
                message = new SingleChoice(
                        id,
                        text,
                        variable.orElse(""),
                        options(var, at + "/vars/0", variable),
                        image,
                        pacing,
                        next,
                        actions,
                        fills,
                        DisclosureRole.NONE);
            }
            case "WA" -> {
                missingContinuation = route.isEmpty() && next instanceof Next.End;
                message = new FreeText(
                        id,
                        text,
                        variable.orElse(""),
                        LegacyBlockReader.LEGACY_FREE_TEXT_LENGTH,
                        route.flatMap(FreeTextRoute::format).orElse(TextFormat.TEXT),
                        route.flatMap(FreeTextRoute::skipWord),
                        pacing,
                        route.map(FreeTextRoute::asNext).orElse(next),
                        actions,
                        fills,
                        DisclosureRole.defaultFor(
                                route.flatMap(FreeTextRoute::format).orElse(TextFormat.TEXT)));
            }
            case "CA" -> {
                in.error(
                        "unsupported-feature",
                        "Comparing the answers of two participants (CA) is not supported.",
                        at + "/type");
                return Optional.empty();
            }
            default -> {
                in.error(
                        "unknown-value", "'" + type + "' is not a legacy message type (NA, SA, WA, CA).", at + "/type");
                return Optional.empty();
            }
        }
        boolean ownErrors = in.errors() > before;
        if (missingContinuation) {
            missingContinuations.add(id);
            // Not an error of the message itself: it is kept, so the rest of the block is still checked.
            in.error(
                    "missing-continuation",
                    "Where the conversation goes after this free-text message was "
                            + "written in the original program, not in the file: give it in the mapping file under "
                            + "'continuations: " + block + ": " + id + ": <next message id>'.",
                    at + "/next");
        }
        return ownErrors ? Optional.empty() : Optional.of(message);
    }

    private LocalizedText text(JsonNode node, String at) {
        LocalizedText text = in.localized(node, at, "text", languages).orElse(LocalizedText.empty());
        Map<String, List<Language>> byText = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            text.asMap()
                    .forEach((language, value) -> byText.computeIfAbsent(value, v -> new ArrayList<>())
                            .add(language));
            byText.forEach((value, same) -> {
                if (same.size() > 1 && value.strip().length() >= 12) {
                    in.warning(
                            "same-text-in-languages",
                            "The same text is given for "
                                    + String.join(
                                            ", ",
                                            same.stream().map(Language::tag).toList())
                                    + ": a translation slot may hold another language's text.",
                            at);
                }
            });
        }
        return markup(text, at);
    }

    private LocalizedText markup(LocalizedText text, String at) {
        return LegacyMarkup.convert(text, at, in);
    }

    private LocalizedText files(JsonNode node, String at) {
        LocalizedText files = in.localized(node, at, "file name", languages).orElse(LocalizedText.empty());
        Map<Language, String> nfc = new LinkedHashMap<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        files.asMap().forEach((language, name) -> {
            String normal = Normalizer.normalize(name, Normalizer.Form.NFC);
            if (!normal.equals(name) && reported.add(normal)) {
                in.warning(
                        "media-name-not-nfc",
                        "The file name '" + normal + "' is written in Unicode NFD while ids "
                                + "are NFC; it is imported in NFC: make sure the file on disk is named the same way.",
                        at);
            }
            nfc.put(language, normal);
        });
        return LocalizedText.of(nfc);
    }

    private LocalizedText alt(LocalizedText files, String at) {
        String file = files.asMap().values().stream().findFirst().orElse("");
        LocalizedText alt = mapping.altTexts().get(file);
        if (alt == null) {
            in.error(
                    "missing-alt-text",
                    "The legacy format has no alternative text for the image '" + file
                            + "': give it in the mapping file under 'alt-texts'.",
                    at);
            return LocalizedText.empty();
        }
        return alt;
    }

    private Optional<String> variableName(JsonNode var, String at) {
        if (var.isTextual()) {
            return Optional.of(var.asText());
        }
        return in.text(var.get("name"), at + "/name", "a variable name");
    }

    private List<Option> options(JsonNode var, String at, Optional<String> variable) {
        List<LocalizedText> labels = in.list(
                        var.get("texts"),
                        at + "/texts",
                        "the button texts",
                        (n, p) -> in.localized(n, p, "button text", languages).map(t -> markup(t, p)))
                .orElse(List.of());
        List<String> values = in.list(
                        var.get("values"), at + "/values", "the button values", (n, p) -> in.scalar(n, p, "a value"))
                .orElse(List.of());
        if (labels.size() != values.size()) {
            in.error(
                    "invalid-value",
                    "The button texts (" + labels.size() + ") and values (" + values.size()
                            + ") must be lists of the same length.",
                    at);
            return List.of();
        }
        boolean frequency = variable.filter(facts::isFrequency).isPresent();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = answers.written(variable.orElse(""), values.get(i));
            if (frequency) {
                LegacyFrequencies.check(values.get(i), labels.get(i), at + "/values/" + i, in);
            }
            options.add(new Option(value, labels.get(i), value.equals("nvr")));
        }
        return options;
    }

    private Pacing pacing(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return Pacing.standard();
        }
        if (!node.isNumber()
                || node.decimalValue().signum() < 0
                || node.decimalValue().compareTo(BigDecimal.valueOf(Pacing.LONGEST.toSeconds())) > 0) {
            in.error("invalid-wait", "Expected the wait in seconds (0 to 86400) or null.", at);
            return Pacing.standard();
        }
        return Pacing.waitFor(
                Duration.ofMillis(node.decimalValue().movePointRight(3).longValue()));
    }

    private Map<String, Placeholder> display(JsonNode node, String at) {
        return new LegacyDisplay(in, languages, facts, answers::written).fills(node, at);
    }
}
