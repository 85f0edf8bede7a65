package eu.coact.content.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentBlock;
import eu.coact.content.Examples;
import eu.coact.content.Story;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which messages tell an imported microstory: those the mapping names, or else the texts a
 * participant reads before the block's first question (the old format put the story in a
 * message with a single "continue" button).
 */
class LegacyStoryTextTest {

    private static List<MessageId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(MessageId::of).toList();
    }

    private static Story story(ImportedContent content, String block) {
        return content.blocks().stream()
                .filter(b -> b.id().value().equals(block))
                .findFirst()
                .flatMap(ContentBlock::story)
                .orElseThrow();
    }

    private static Validated<ImportedContent> importSettings(Path dir, String extra) throws IOException {
        String mapping = Files.readString(Examples.example("legacy/settings-mapping.yaml"))
                .replace("    themes: [sleep, anxiety]\n", "    themes: [sleep, anxiety]\n" + extra);
        Path file = Files.writeString(dir.resolve("mapping.yaml"), mapping);
        return LegacyImporterTest.importer()
                .withMapping(LegacyMapping.read(file).orElseThrow())
                .importFolder(Examples.legacy("legacy-coactuem-settings"));
    }

    @Test
    void withoutStoryMessagesTheTextsBeforeTheFirstQuestionTellTheStory() {
        ImportedContent first = LegacyImporterTest.imported();
        // Greeting, advice, announcement and the story itself, each with one "continue" button.
        assertThat(story(first, "Banc_del_parc").telling()).isEqualTo(ids("1", "2", "3", "4"));
        assertThat(story(first, "Ascensor_7").telling()).isEqualTo(ids("1", "2"));

        Validated<ImportedContent> settings = LegacyImporterTest.importer()
                .withMapping(LegacySettingsImportTest.mapping())
                .importFolder(Examples.legacy("legacy-coactuem-settings"));
        assertThat(story(settings.orElseThrow(), "Escala_nocturna").telling()).isEqualTo(ids("1", "2"));
    }

    @Test
    void theMappingNamesTheTellingMessagesAsNumbersOrTexts(@TempDir Path dir) throws IOException {
        Validated<ImportedContent> imported = importSettings(dir, "    story-messages: [2]\n");
        assertThat(imported.problems().stream().map(Problem::code)).doesNotContain("dangling-story-message");
        assertThat(story(imported.orElseThrow(), "Escala_nocturna").telling()).isEqualTo(ids("2"));
    }

    @Test
    void aStoryMessageTheBlockLacksIsAnErrorInTheLegacyBlock(@TempDir Path dir) throws IOException {
        Validated<ImportedContent> imported = importSettings(dir, "    story-messages: ['2', nine]\n");
        assertThat(imported.isValid()).isFalse();
        assertThat(imported.problems().withCode("dangling-story-message"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location().source()).endsWith("Escala_nocturna.json");
                    assertThat(p.location().path()).isEqualTo("/messages");
                    assertThat(p.location().line()).isPositive();
                    assertThat(p.message()).contains("'nine'", "story-messages");
                });
    }

    @Test
    void storyMessagesForABlockThatIsNoMicrostoryAreReported(@TempDir Path dir) throws IOException {
        String mapping = Files.readString(Examples.example("legacy/settings-mapping.yaml"))
                .replace("  mon: {role: time-zone}", "  mon: {role: time-zone, story-messages: ['1']}");
        Path file = Files.writeString(dir.resolve("mapping.yaml"), mapping);
        Validated<ImportedContent> imported = LegacyImporterTest.importer()
                .withMapping(LegacyMapping.read(file).orElseThrow())
                .importFolder(Examples.legacy("legacy-coactuem-settings"));
        assertThat(imported.problems().withCode("unused-mapping"))
                .anySatisfy(p -> assertThat(p.location().source()).endsWith("mon.json"));
    }

    @Test
    void aMessageNamedTwiceInStoryMessagesIsAMappingError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("mapping.yaml"), "blocks:\n  Escala_nocturna: {story-messages: ['2', 2]}\n");
        Validated<LegacyMapping> read = LegacyMapping.read(file);
        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().withCode("duplicate-value"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("/blocks/Escala_nocturna/story-messages"));
    }
}
