package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Action;
import eu.coact.content.Study;
import eu.coact.core.BlockId;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings dialogues declare the action that does their job; the new actions read and write back. */
class SettingsBlocksTest {

    private static void write(Path folder, String languageAction, String leaveAction) throws Exception {
        Files.createDirectories(folder.resolve("blocks"));
        Files.writeString(folder.resolve("study.yaml"), """
                study: settings-check
                languages: [en]
                sequence: [training]
                system: {welcome: training, language: language, withdraw: leave}
                """);
        Files.writeString(folder.resolve("blocks/training.yaml"), """
                id: training
                kind: training
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a: {type: information, text: {en: "How it works"}, actions: [{type: next-block-at-once}]}
                """);
        Files.writeString(folder.resolve("blocks/language.yaml"), """
                id: language
                kind: system
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  ask:
                    type: single-choice
                    text: {en: "Which language?"}
                    variable: lang
                    options: [{value: en, label: {en: English}}]
                    actions: [%s]
                """.formatted(languageAction));
        Files.writeString(folder.resolve("blocks/leave.yaml"), """
                id: leave
                kind: system
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  bye: {type: information, text: {en: "Goodbye"}, actions: [%s]}
                """.formatted(leaveAction));
    }

    @Test
    void aSettingsBlockWithoutTheActionForItsRoleIsAnError(@TempDir Path folder) throws Exception {
        write(folder, "{type: set-profile-field, field: language, from: lang}", "");
        Validated<Study> study = ContentReader.standard().readStudy(folder);
        assertThat(study.problems().withCode("system-block-without-action"))
                .extracting(p -> p.location().path())
                .containsExactlyInAnyOrder("/system/language", "/system/withdraw");
    }

    @Test
    void theSettingsActionsReadAndWriteBack(@TempDir Path folder, @TempDir Path copy) throws Exception {
        write(folder, "{type: set-language, from: lang}, {type: set-time-of-day, from: lang}", "{type: withdraw}");
        Validated<Study> validated = ContentReader.standard().readStudy(folder);
        assertThat(validated.problems().errors()).isEmpty();
        Study read = validated.asOptional().orElseThrow();
        assertThat(read.block(BlockId.of("language"))
                        .orElseThrow()
                        .message(MessageId.of("ask"))
                        .orElseThrow()
                        .actions())
                .containsExactly(new Action.SetLanguage("lang"), new Action.SetTimeOfDay("lang"));
        assertThat(read.block(BlockId.of("training"))
                        .orElseThrow()
                        .message(MessageId.of("a"))
                        .orElseThrow()
                        .actions())
                .containsExactly(new Action.NextBlockAtOnce());
        ContentWriter.yaml().writeStudy(read, copy);
        assertThat(ContentReader.standard()
                        .readStudy(copy)
                        .asOptional()
                        .orElseThrow()
                        .blocks())
                .isEqualTo(read.blocks());
    }
}
