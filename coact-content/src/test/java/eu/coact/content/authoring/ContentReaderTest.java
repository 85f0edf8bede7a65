package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Examples;
import eu.coact.content.Frequency;
import eu.coact.content.Study;
import eu.coact.content.SystemRole;
import eu.coact.core.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    @Test
    void theDemoStudyReadsWithoutProblems() {
        Validated<Study> study = ContentReader.standard().readStudy(Examples.example("demo-study"));

        assertThat(study.problems().asList()).as(study.problems().render()).isEmpty();
        Study read = study.orElseThrow();
        assertThat(read.plan().sequence())
                .extracting(b -> b.value())
                .containsExactly("Bench_by_the_river", "Kitchen_table", "Late_bus", "profile_short");
        assertThat(read.plan().system()).containsEntry(SystemRole.WITHDRAW, eu.coact.core.BlockId.of("leave"));
        assertThat(read.plan().allowedFrequencies())
                .extracting(Frequency::toString)
                .containsExactly("1/week", "1/day", "2/day");
        assertThat(read.blocks()).hasSize(8);
        assertThat(read.shortStories())
                .containsOnlyKeys(eu.coact.core.BlockId.of("Kitchen_table"), eu.coact.core.BlockId.of("Late_bus"));
    }

    @Test
    void aStudyFileWithMistakesIsReportedTogetherWithTheBlocksProblems(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("blocks"));
        Files.writeString(folder.resolve("study.yaml"), """
                study: broken
                languages: [en]
                sequence: [only, ghost]
                system: {welcome: only, holiday: only}
                frequency: {default: 3/day, allowed: [1/day, 1/month]}
                """);
        Files.writeString(folder.resolve("blocks/only.yaml"), """
                id: only
                kind: information
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a: {type: information, text: {en: "Hi"}, next: b}
                """);

        Validated<Study> study = ContentReader.standard().readStudy(folder);

        assertThat(study.isValid()).isFalse();
        assertThat(study.problems().asList())
                .extracting(p -> p.code() + " " + p.location().path())
                .contains(
                        "unknown-value /system/holiday",
                        "invalid-value /frequency/allowed/1",
                        "dangling-next /messages/a/next");
        assertThat(study.problems().asList())
                .allSatisfy(p -> assertThat(p.location().line()).isPositive());
    }

    @Test
    void aFolderWithoutStudyFileIsOneClearProblem(@TempDir Path folder) {
        Validated<Study> study = ContentReader.standard().readStudy(folder);

        assertThat(study.problems().asList()).extracting(p -> p.code()).containsExactly("missing-study-file");
    }

    @Test
    void thePlanIsCheckedAgainstTheBlocks(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("blocks"));
        Files.writeString(folder.resolve("study.yaml"), """
                study: plan-check
                languages: [en, es]
                sequence: [only, ghost]
                system: {welcome: only}
                frequency: {default: 2/day, allowed: [1/day]}
                """);
        Files.writeString(folder.resolve("blocks/only.yaml"), """
                id: only
                kind: information
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a: {type: information, text: {en: "Hi"}}
                """);

        Validated<Study> study = ContentReader.standard().readStudy(folder);

        assertThat(study.problems().asList())
                .extracting(p -> p.code() + " " + p.location().path())
                .contains(
                        "unknown-block /sequence/1",
                        "invalid-frequency /frequency/default",
                        "missing-translation /languages",
                        "system-block-in-sequence /system/welcome");
        // Only the welcome block is required, and the plan has one.
        assertThat(study.problems().withCode("missing-system-block")).isEmpty();
    }
}
