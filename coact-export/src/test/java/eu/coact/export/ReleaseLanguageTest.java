package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release's language is checked before anything is read or written: a language without
 * report texts at {@code release.yaml}'s {@code /language} with its line, a language the study
 * does not speak when the release starts, never as a stack trace at the end of the release.
 */
class ReleaseLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aLanguageWithoutReportTextsIsRefusedInReleaseYamlWithItsLine() throws IOException {
        Path folder = ReleaseFixture.studyFolder(dir, "2", "refuse", 10, "pt");

        Validated<ReleaseConfig> read = ReleaseConfigReader.read(folder);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unsupported-language");
            assertThat(p.location().source()).endsWith("release.yaml");
            assertThat(p.location().path()).isEqualTo("/language");
            assertThat(p.location().line()).isEqualTo(6);
            assertThat(p.message()).contains("'pt'").contains("ca, de, en, es, fr, it");
        });
    }

    @Test
    void everyLanguageWithReportTextsIsAccepted() throws IOException {
        for (String language : new String[] {"ca", "de", "en", "es", "fr", "it", "es-MX"}) {
            Path folder = ReleaseFixture.studyFolder(dir.resolve(language), "2", "refuse", 10, language);
            assertThat(ReleaseConfigReader.read(folder).problems().errors())
                    .as(language)
                    .isEmpty();
        }
    }

    @Test
    void aLanguageTheStudyDoesNotSpeakIsRefusedBeforeTheJournalIsRead() throws IOException {
        // The study is written in English and Catalan; German has report texts but no codebook labels.
        ReleaseConfig config = ReleaseConfigReader.read(
                        ReleaseFixture.studyFolder(dir.resolve("study"), "2", "refuse", 10, "de"))
                .orElseThrow();
        InMemoryJournal journal = new InMemoryJournal();

        ReleaseResult result = StudyRelease.configure(config)
                .write(
                        new ReleaseInputs(
                                ReleaseFixture.study(),
                                ReleaseFixture.ledger(journal),
                                journal,
                                ReleaseFixture.pseudonyms(),
                                ReleaseFixture.START),
                        dir.resolve("release"));

        assertThat(result).isInstanceOf(ReleaseResult.Refused.class);
        assertThat(((ReleaseResult.Refused) result).reasons().errors())
                .extracting(Problem::code, p -> p.location().path())
                .contains(org.assertj.core.groups.Tuple.tuple("unsupported-language", "/language"));
        assertThat(Files.exists(dir.resolve("release"))).isFalse();
        // The same check without any journal, for validate before a study runs.
        assertThat(StudyRelease.configure(config).fit(ReleaseFixture.study()).errors())
                .extracting(Problem::code)
                .containsExactly("unsupported-language");
    }
}
