package eu.coact.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.ContentWarning;
import eu.coact.content.FormattedText;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import eu.coact.engine.Command;
import eu.coact.engine.CommandWords;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.PacingPolicy;
import eu.coact.engine.RetryPolicy;
import eu.coact.engine.SystemText;
import eu.coact.engine.SystemTexts;
import eu.coact.engine.schedule.DailyWindow;
import eu.coact.engine.schedule.DeliverySchedule;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code conversation:} section of a study file into {@link EngineSettings}: quiet
 * hours, the default time of day and time zone, pacing, retries, command words per language and
 * study-wide aliases, system texts and topic names per language, and crisis resources per locale
 * (the help command's text). Everything left out keeps the defaults; every mistake is reported
 * with its path and line.
 */
public final class ConversationParser {

    private static final Set<String> FIELDS = Set.of(
            "time-zone",
            "window",
            "quiet-hours",
            "pacing",
            "retry",
            "commands",
            "aliases",
            "texts",
            "topics",
            "crisis-resources",
            "forget-unconsented-after");

    private final NodeReader in;

    /** A parser reporting through {@code in}. */
    public ConversationParser(NodeReader in) {
        this.in = in;
    }

    /**
     * The settings, starting from {@code base}.
     *
     * @param node the {@code conversation} mapping, or null when the study file has none
     * @param base the settings the section changes
     * @return the settings, or empty when the section has errors (all reported)
     */
    public Optional<EngineSettings> settings(JsonNode node, EngineSettings base) {
        if (node == null || node.isNull()) {
            return Optional.of(base);
        }
        int before = in.errors();
        String at = "/conversation";
        if (!in.object(node, at, "the conversation settings", FIELDS, Set.of())) {
            return Optional.empty();
        }
        EngineSettings settings = base;
        Optional<ZoneId> zone = node.has("time-zone")
                ? zone(node.get("time-zone"), at + "/time-zone")
                : Optional.of(base.defaultZone());
        Optional<DailyWindow> window = node.has("window")
                ? window(node.get("window"), at + "/window", true)
                : Optional.of(base.defaultWindow());
        if (zone.isPresent() && window.isPresent()) {
            settings = settings.withDefaults(window.get(), zone.get());
        }
        if (node.has("quiet-hours")) {
            Optional<DailyWindow> quiet = window(node.get("quiet-hours"), at + "/quiet-hours", false);
            if (quiet.isPresent()) {
                if (quiet.get().isWholeDay()) {
                    in.error("invalid-value", "Quiet hours cannot cover the whole day.", at + "/quiet-hours");
                } else {
                    settings = settings.withSchedule(DeliverySchedule.withQuietHours(quiet.get()));
                }
            }
        }
        if (node.has("pacing")) {
            Optional<PacingPolicy> pacing = pacing(node.get("pacing"), at + "/pacing");
            if (pacing.isPresent()) {
                settings = settings.withPacing(pacing.get());
            }
        }
        if (node.has("retry")) {
            Optional<RetryPolicy> retry = retry(node.get("retry"), at + "/retry");
            if (retry.isPresent()) {
                settings = settings.withRetry(retry.get());
            }
        }
        if (node.has("forget-unconsented-after")) {
            String pointer = at + "/forget-unconsented-after";
            Optional<Integer> days = in.integer(node.get("forget-unconsented-after"), pointer, "a number of days");
            if (days.isPresent() && (days.get() < 1 || days.get() > 365)) {
                in.error(
                        "invalid-value",
                        "The days before forgetting someone who did not consent are 1 to 365.",
                        pointer);
            } else if (days.isPresent()) {
                settings = settings.withIdentityGrace(Duration.ofDays(days.get()));
            }
        }
        settings = settings.withCommands(commands(node, at, settings.commands()));
        settings = settings.withTexts(texts(node, at, settings.texts()));
        return in.errors() > before ? Optional.empty() : Optional.of(settings);
    }

    private Optional<ZoneId> zone(JsonNode node, String pointer) {
        Optional<String> text = in.text(node, pointer, "a time zone such as Europe/Madrid");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.get()));
        } catch (DateTimeException e) {
            in.error(
                    "invalid-value",
                    "'" + text.get() + "' is not a time zone; write a zone name such as "
                            + "Europe/Madrid or America/Bogota.",
                    pointer);
            return Optional.empty();
        }
    }

    /** A window written {@code 08:00-12:00}, or by name (morning, midday, evening, any) when {@code named}. */
    private Optional<DailyWindow> window(JsonNode node, String pointer, boolean named) {
        Optional<String> text = in.text(node, pointer, "a time of day such as 08:00-12:00");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String written = text.get().strip().toLowerCase(Locale.ROOT);
        if (named) {
            switch (written) {
                case "morning" -> {
                    return Optional.of(DailyWindow.MORNING);
                }
                case "midday" -> {
                    return Optional.of(DailyWindow.MIDDAY);
                }
                case "evening" -> {
                    return Optional.of(DailyWindow.EVENING);
                }
                case "any" -> {
                    return Optional.of(DailyWindow.ANY);
                }
                default -> {
                    // A written window follows.
                }
            }
        }
        int dash = written.indexOf('-');
        if (dash > 0) {
            try {
                return Optional.of(DailyWindow.between(
                        LocalTime.parse(written.substring(0, dash).strip()),
                        LocalTime.parse(written.substring(dash + 1).strip())));
            } catch (DateTimeParseException e) {
                // Reported below.
            }
        }
        in.error(
                "invalid-value",
                "'" + text.get() + "' is not a time of day; write it as 08:00-12:00"
                        + (named ? " or as morning, midday, evening or any." : "."),
                pointer);
        return Optional.empty();
    }

    private Optional<PacingPolicy> pacing(JsonNode node, String pointer) {
        if (!in.object(node, pointer, "the pacing", Set.of("base", "per-character", "media", "longest"), Set.of())) {
            return Optional.empty();
        }
        Optional<Duration> base = seconds(node.get("base"), pointer + "/base", Duration.ofSeconds(1));
        Optional<Duration> perCharacter =
                seconds(node.get("per-character"), pointer + "/per-character", Duration.ofMillis(30));
        Optional<Duration> media = seconds(node.get("media"), pointer + "/media", Duration.ofSeconds(3));
        Optional<Duration> longest = seconds(node.get("longest"), pointer + "/longest", Duration.ofSeconds(20));
        if (base.isEmpty() || perCharacter.isEmpty() || media.isEmpty() || longest.isEmpty()) {
            return Optional.empty();
        }
        if (longest.get().compareTo(base.get()) < 0) {
            in.error("invalid-value", "The longest wait is at least the base wait.", pointer + "/longest");
            return Optional.empty();
        }
        return Optional.of(PacingPolicy.readingTime(base.get(), perCharacter.get(), media.get(), longest.get()));
    }

    private Optional<RetryPolicy> retry(JsonNode node, String pointer) {
        if (!in.object(node, pointer, "the retries", Set.of("first", "longest", "attempts"), Set.of())) {
            return Optional.empty();
        }
        RetryPolicy standard = RetryPolicy.standard();
        Optional<Duration> first = seconds(node.get("first"), pointer + "/first", standard.first());
        Optional<Duration> longest = seconds(node.get("longest"), pointer + "/longest", standard.longest());
        Optional<Integer> attempts = node.has("attempts")
                ? in.integer(node.get("attempts"), pointer + "/attempts", "the number of tries")
                : Optional.of(standard.attempts());
        if (first.isEmpty() || longest.isEmpty() || attempts.isEmpty()) {
            return Optional.empty();
        }
        if (first.get().isZero() || longest.get().compareTo(first.get()) < 0 || attempts.get() < 1) {
            in.error(
                    "invalid-value",
                    "Retries wait a positive time, the longest wait at least the first, and "
                            + "make at least one try.",
                    pointer);
            return Optional.empty();
        }
        return Optional.of(new RetryPolicy(first.get(), longest.get(), attempts.get()));
    }

    /** A wait in seconds (decimals allowed), or {@code fallback} when left out. */
    private Optional<Duration> seconds(JsonNode node, String pointer, Duration fallback) {
        if (node == null || node.isNull()) {
            return Optional.of(fallback);
        }
        if (!node.isNumber()
                || node.decimalValue().signum() < 0
                || node.decimalValue().compareTo(BigDecimal.valueOf(86_400)) > 0) {
            in.error("invalid-value", "Expected a number of seconds from 0 to 86400 here.", pointer);
            return Optional.empty();
        }
        return Optional.of(
                Duration.ofMillis(node.decimalValue().movePointRight(3).longValue()));
    }

    private CommandWords commands(JsonNode node, String at, CommandWords base) {
        CommandWords[] words = {base};
        in.map(node.get("commands"), at + "/commands", "the command words per language", (perLanguage, p) -> {
            Optional<Language> language = languageKey(p);
            if (language.isEmpty()) {
                return Optional.empty();
            }
            return in.map(
                    perLanguage,
                    p,
                    "the commands in " + language.get(),
                    (list, q) -> command(q)
                            .flatMap(command -> words(list, q).map(w -> {
                                words[0] = words[0].with(command, language.get(), w.toArray(new String[0]));
                                return w;
                            })));
        });
        in.map(
                node.get("aliases"),
                at + "/aliases",
                "the study-wide command aliases",
                (list, p) -> command(p)
                        .flatMap(command -> words(list, p).map(w -> {
                            words[0] = words[0].alias(command, w.toArray(new String[0]));
                            return w;
                        })));
        return words[0];
    }

    private Optional<Command> command(String pointer) {
        String name = key(pointer);
        Optional<Command> command = FileNames.find(in, Command.values(), FileNames::of, name, "a command", pointer);
        return command;
    }

    private Optional<List<String>> words(JsonNode node, String pointer) {
        return in.list(
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
    }

    private SystemTexts texts(JsonNode node, String at, SystemTexts base) {
        SystemTexts[] texts = {base};
        in.map(node.get("texts"), at + "/texts", "the system texts", (text, p) -> {
            String name = key(p);
            Optional<SystemText> key = FileNames.find(in, SystemText.values(), FileNames::of, name, "a system text", p);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            return translations(text, p, "the text " + name).map(t -> {
                texts[0] = texts[0].with(key.get(), t);
                return t;
            });
        });
        in.map(node.get("topics"), at + "/topics", "the names of content-warning topics", (text, p) -> {
            Optional<ContentWarning> warning =
                    FileNames.find(in, ContentWarning.values(), ContentWarning::code, key(p), "a content warning", p);
            if (warning.isEmpty()) {
                return Optional.empty();
            }
            return translations(text, p, "the topic name").map(t -> {
                texts[0] = texts[0].withTopic(warning.get(), t);
                return t;
            });
        });
        if (node.has("crisis-resources")) {
            String pointer = at + "/crisis-resources";
            translations(node.get("crisis-resources"), pointer, "the crisis resources")
                    .ifPresent(t -> texts[0] = texts[0].with(SystemText.HELP, t));
        }
        return texts[0];
    }

    /** Texts per language, written as a mapping of language tag (or locale such as es-MX) to text. */
    private Optional<LocalizedText> translations(JsonNode node, String pointer, String what) {
        if (node != null && !node.isObject()) {
            in.error("wrong-type", "Expected " + what + " here: a mapping of language to text.", pointer);
            return Optional.empty();
        }
        Optional<LocalizedText> text = in.localized(node, pointer, what, List.of());
        if (text.isPresent()) {
            for (Map.Entry<Language, String> e : text.get().asMap().entrySet()) {
                String at = NodeReader.child(pointer, e.getKey().tag());
                if (e.getValue().isBlank()) {
                    in.error("empty-text", "The " + what + " in " + e.getKey() + " is empty.", at);
                    return Optional.empty();
                }
                if (!FormattedText.check(e.getValue(), (code, message) -> in.error(code, message, at))) {
                    return Optional.empty();
                }
            }
            if (text.get().isEmpty()) {
                in.error("missing-field", "Give " + what + " in at least one language.", pointer);
                return Optional.empty();
            }
        }
        return text;
    }

    private Optional<Language> languageKey(String pointer) {
        try {
            return Optional.of(Language.of(key(pointer)));
        } catch (IllegalArgumentException e) {
            in.error(
                    "invalid-language",
                    "'" + key(pointer) + "' is not a language tag such as ca, es, en or de.",
                    pointer);
            return Optional.empty();
        }
    }

    private static String key(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
    }
}
