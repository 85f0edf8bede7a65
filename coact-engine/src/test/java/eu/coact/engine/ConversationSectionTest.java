package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Language;
import eu.coact.core.problem.Validated;
import eu.coact.engine.schedule.DailyWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationSectionTest {

    private static final String PLAN = """
            study: chat-settings
            languages: [ca, es]
            sequence: [only]
            system: {welcome: only, pause: only, resume: only, withdraw: only}
            """;

    private static final String SECTION = """
            conversation:
              time-zone: Europe/Madrid
              window: evening
              quiet-hours: "21:30-09:00"
              pacing: {base: 2, per-character: 0.05, media: 4, longest: 30}
              retry: {first: 10, longest: 300, attempts: 5}
              commands:
                ca: {pause: [descans], withdraw: [plego]}
              aliases: {help: [sos]}
              texts:
                paused: {ca: "En pausa. Escriu reprendre.", es: "En pausa. Escribe reanudar."}
              topics:
                suicide: {ca: "el suïcidi"}
              crisis-resources:
                ca: "Línia 024 d'atenció a la conducta suïcida, les 24 hores."
                es-MX: "Línea de la Vida: 800 911 2000."
            """;

    private static Path folder(Path folder, String studyFile) throws Exception {
        Files.createDirectories(folder.resolve("blocks"));
        Files.writeString(folder.resolve("study.yaml"), studyFile);
        Files.writeString(folder.resolve("blocks/only.yaml"), """
                id: only
                kind: system
                languages: [ca, es]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a: {type: information, text: {ca: "Hola", es: "Hola"}}
                """);
        return folder;
    }

    @Test
    void theConversationSectionBecomesTheEngineSettings(@TempDir Path dir) throws Exception {
        Path study = folder(dir, PLAN + SECTION);
        EngineSettings settings = EngineSettings.read(study).orElseThrow();

        assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(settings.defaultWindow()).isEqualTo(DailyWindow.EVENING);
        assertThat(settings.schedule().quietHours())
                .isEqualTo(DailyWindow.between(LocalTime.of(21, 30), LocalTime.of(9, 0)));
        assertThat(settings.pacing().after(100, true, false)).isEqualTo(Duration.ofSeconds(11));
        assertThat(settings.pacing().after(1000, false, false)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retry().first()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.retry().attempts()).isEqualTo(5);
        Language ca = Language.of("ca");
        assertThat(settings.commands().match("Descans", ca))
                .map(i -> i.command())
                .contains(Command.PAUSE);
        assertThat(settings.commands().match("pausa", ca))
                .as("standard words stay")
                .map(i -> i.command())
                .contains(Command.PAUSE);
        assertThat(settings.commands().match("sos", Language.of("es")))
                .map(i -> i.command())
                .contains(Command.HELP);
        assertThat(settings.texts().text(SystemText.PAUSED, ca)).isEqualTo("En pausa. Escriu reprendre.");
        assertThat(settings.texts().text(SystemText.HELP, ca)).startsWith("Línia 024");
        assertThat(settings.texts().text(SystemText.HELP, Language.of("es-MX"))).contains("800 911 2000");
        assertThat(settings.texts().topic(eu.coact.content.ContentWarning.SUICIDE, ca))
                .isEqualTo("el suïcidi");
    }

    @Test
    void withoutASectionTheDefaultsApply(@TempDir Path dir) throws Exception {
        EngineSettings settings = EngineSettings.read(folder(dir, PLAN)).orElseThrow();
        assertThat(settings.defaultZone()).isEqualTo(EngineSettings.defaults().defaultZone());
        assertThat(settings.texts().text(SystemText.FAREWELL, Language.of("es")))
                .isEqualTo("Has dejado el estudio. Gracias por tu participación.");
    }

    @Test
    void everyMistakeIsReportedWithItsPathAndLineAndNothingIsHalfApplied(@TempDir Path dir) throws Exception {
        Path study = folder(dir, PLAN + """
                conversation:
                  time-zone: Mars/Olympus
                  window: "late"
                  quiet-hours: "00:00-00:00"
                  pacing: {base: 5, longest: 2}
                  retry: {attempts: 0}
                  commands:
                    ca: {nap: [migdiada], pause: ["two words"]}
                  texts:
                    goodbye: {ca: "Adéu"}
                  crisis-resources: "call someone"
                  colour: blue
                """);
        Validated<EngineSettings> settings = EngineSettings.read(study);

        assertThat(settings.isValid()).isFalse();
        assertThat(settings.problems().asList())
                .extracting(p -> p.location().path())
                .contains(
                        "/conversation/time-zone",
                        "/conversation/window",
                        "/conversation/quiet-hours",
                        "/conversation/pacing/longest",
                        "/conversation/retry",
                        "/conversation/commands/ca/nap",
                        "/conversation/commands/ca/pause/0",
                        "/conversation/texts/goodbye",
                        "/conversation/crisis-resources");
        assertThat(settings.problems().asList()).allSatisfy(p -> {
            assertThat(p.location().source()).endsWith("study.yaml");
            assertThat(p.location().line()).isPositive();
        });
    }

    @Test
    void theSdkShipsEveryTextCommandWordAndTopicInNineLanguages() {
        assertThat(ShippedLanguages.languages())
                .extracting(Language::tag)
                .containsExactly("ca", "de", "en", "es", "eu", "fr", "gl", "it", "pt");
        for (Language language : ShippedLanguages.languages()) {
            assertThat(SystemTexts.standard().missing(language))
                    .as("texts in " + language)
                    .isEmpty();
            assertThat(CommandWords.standard().missing(language))
                    .as("commands in " + language)
                    .isEmpty();
            for (SystemText key : SystemText.values()) {
                assertThat(SystemTexts.standard().all(key).asMap())
                        .as(key + " in " + language)
                        .containsKey(language);
            }
        }
        assertThat(SystemTexts.standard().text(SystemText.CONTENT_WARNING, Language.of("it")))
                .contains("{topics}");
    }
}
