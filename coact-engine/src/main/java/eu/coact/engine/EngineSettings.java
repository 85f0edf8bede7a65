package eu.coact.engine;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.Language;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.engine.internal.ConversationParser;
import eu.coact.engine.internal.StudyLanguages;
import eu.coact.engine.schedule.DailyWindow;
import eu.coact.engine.schedule.DeliverySchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How an engine runs a study: quiet hours, the defaults for new participants, pacing, retries,
 * command words and system texts. Immutable; start from {@link #defaults()} and replace parts.
 *
 * @param schedule      the study's delivery schedule (its quiet hours)
 * @param defaultWindow the time of day new participants start with
 * @param defaultZone   the time zone new participants start with
 * @param pacing        the wait between messages when content gives none
 * @param retry         retries after transient delivery failures
 * @param commands      the command words
 * @param texts         the configured system texts
 * @param identityGrace how long a channel may keep the identity link of someone who declined or
 *                      never gave consent before forgetting it (default 7 days)
 */
public record EngineSettings(
        DeliverySchedule schedule,
        DailyWindow defaultWindow,
        ZoneId defaultZone,
        PacingPolicy pacing,
        RetryPolicy retry,
        CommandWords commands,
        SystemTexts texts,
        Duration identityGrace) {

    /** Checks presence. */
    public EngineSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(defaultWindow, "defaultWindow");
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(identityGrace, "identityGrace");
        if (identityGrace.isNegative() || identityGrace.isZero()) {
            throw new IllegalArgumentException("the grace period is positive");
        }
    }

    /** The identity grace period of {@link #defaults()}. */
    public static final Duration DEFAULT_IDENTITY_GRACE = Duration.ofDays(7);

    /**
     * Quiet hours 22:00–08:00, any time of day, Central European time, standard pacing and
     * retries, the command words and system texts the SDK ships ({@link ShippedLanguages}), and 7
     * days before a channel forgets someone who declined or never gave consent.
     */
    public static EngineSettings defaults() {
        return new EngineSettings(
                DeliverySchedule.withQuietHours(DailyWindow.between(LocalTime.of(22, 0), LocalTime.of(8, 0))),
                DailyWindow.ANY,
                ZoneId.of("Europe/Madrid"),
                PacingPolicy.standard(),
                RetryPolicy.standard(),
                CommandWords.standard(),
                SystemTexts.standard(),
                DEFAULT_IDENTITY_GRACE);
    }

    /**
     * The settings of a study folder: the defaults, then the study's language files
     * ({@code languages/<tag>.yaml}: system texts, command words and topic names that add a
     * language or replace the SDK's), then the {@code conversation:} section of its
     * {@code study.yaml} (quiet hours, default time of day and time zone, pacing, retries, more
     * command words and aliases, texts, topic names and crisis resources per locale). Every
     * language the study declares must end up with every system text, command word and topic
     * name; each one missing is an error naming it and the file it belongs in.
     *
     * @param studyFolder the study folder (or its study file)
     * @return the settings, or every problem found, each with file, path and line
     */
    public static Validated<EngineSettings> read(Path studyFolder) {
        Objects.requireNonNull(studyFolder, "studyFolder");
        Optional<Path> file = Files.isRegularFile(studyFolder)
                ? Optional.of(studyFolder)
                : Stream.of("study.yaml", "study.yml", "study.json")
                        .map(studyFolder::resolve)
                        .filter(Files::isRegularFile)
                        .findFirst();
        if (file.isEmpty()) {
            return Validated.invalid(Problem.error(
                    "missing-study-file",
                    "A study folder needs a study.yaml file.",
                    Location.of(studyFolder.resolve("study.yaml").toString())));
        }
        Validated<SourceDocument> document = DocumentReader.standard().read(file.get());
        if (!(document instanceof Validated.Valid<SourceDocument> valid)) {
            return Validated.invalid(document.problems());
        }
        Problems.Builder problems = Problems.builder();
        problems.addAll(valid.problems());
        JsonNode root = valid.value().root();
        Path folder = file.get().toAbsolutePath().getParent();
        EngineSettings base = StudyLanguages.read(folder, defaults(), problems);
        Optional<EngineSettings> settings = new ConversationParser(new NodeReader(valid.value(), problems))
                .settings(root.isObject() ? root.get("conversation") : null, base);
        if (settings.isPresent() && root.isObject()) {
            StudyLanguages.checkComplete(folder, declared(root.get("languages")), settings.get(), problems);
        }
        Problems found = problems.build();
        return settings.isPresent() && !found.hasErrors()
                ? Validated.of(settings.get(), found)
                : Validated.invalid(found);
    }

    private static List<Language> declared(JsonNode languages) {
        List<Language> declared = new ArrayList<>();
        if (languages != null && languages.isArray()) {
            for (JsonNode tag : languages) {
                try {
                    declared.add(Language.of(tag.asText()));
                } catch (IllegalArgumentException e) {
                    // The content reader reports a bad tag with its line.
                }
            }
        }
        return declared;
    }

    /** These settings with other quiet hours. */
    public EngineSettings withSchedule(DeliverySchedule newSchedule) {
        return new EngineSettings(
                newSchedule, defaultWindow, defaultZone, pacing, retry, commands, texts, identityGrace);
    }

    /** These settings with another default window and time zone for new participants. */
    public EngineSettings withDefaults(DailyWindow window, ZoneId zone) {
        return new EngineSettings(schedule, window, zone, pacing, retry, commands, texts, identityGrace);
    }

    /** These settings with another pacing. */
    public EngineSettings withPacing(PacingPolicy newPacing) {
        return new EngineSettings(
                schedule, defaultWindow, defaultZone, newPacing, retry, commands, texts, identityGrace);
    }

    /** These settings with another retry policy. */
    public EngineSettings withRetry(RetryPolicy newRetry) {
        return new EngineSettings(
                schedule, defaultWindow, defaultZone, pacing, newRetry, commands, texts, identityGrace);
    }

    /** These settings with other command words. */
    public EngineSettings withCommands(CommandWords newCommands) {
        return new EngineSettings(
                schedule, defaultWindow, defaultZone, pacing, retry, newCommands, texts, identityGrace);
    }

    /** These settings with another grace period before unconsented identity links are forgotten. */
    public EngineSettings withIdentityGrace(Duration grace) {
        return new EngineSettings(schedule, defaultWindow, defaultZone, pacing, retry, commands, texts, grace);
    }

    /** These settings with other system texts. */
    public EngineSettings withTexts(SystemTexts newTexts) {
        return new EngineSettings(
                schedule, defaultWindow, defaultZone, pacing, retry, commands, newTexts, identityGrace);
    }
}
