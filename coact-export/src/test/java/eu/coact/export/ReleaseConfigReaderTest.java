package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void aValidConfigurationIsReadWithItsHierarchiesModelsAndIndicators() throws IOException {
        Validated<ReleaseConfig> read =
                ReleaseConfigReader.read(ReleaseFixture.studyFolder(dir, "5", "generalise", 12));

        assertThat(read.problems().asList()).as(read.problems().render()).isEmpty();
        ReleaseConfig config = read.orElseThrow();
        assertThat(config.name()).isEqualTo("coact-release-test");
        assertThat(config.quasiIdentifiers().keySet()).containsExactly("gender", "age_band");
        assertThat(config.quasiIdentifiers().get("age_band").levels()).isEqualTo(3);
        assertThat(config.attributes()).containsExactly("gender", "age_band", "lived", "carer");
        assertThat(config.models())
                .containsExactly(
                        PrivacyModel.kAnonymity(5),
                        PrivacyModel.distinctLDiversity("lived", 2),
                        PrivacyModel.distinctLDiversity("carer", 2));
        assertThat(config.onViolation()).isEqualTo(DisclosureAction.GENERALISE);
        assertThat(config.smallCellThreshold()).isEqualTo(12);
        assertThat(config.answeredAt()).isEqualTo(TimeGrain.WEEK);
        assertThat(config.indicators()).singleElement().satisfies(i -> {
            assertThat(i.numerator().answers()).containsExactly("same");
            assertThat(i.denominator().answers()).isEmpty();
            assertThat(i.breakdowns()).containsExactly("gender", "age_band", "lived", "carer");
        });
        assertThat(config.metadata().contributors()).hasSize(2);
    }

    @Test
    void lDiversityAndTClosenessAreReadForSensitiveAttributesAndAReleaseKeepsThem() throws IOException {
        ReleaseFixture.studyFolder(dir, "2", "generalise", 10);
        Path file = dir.resolve("release.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "- distinct-l-diversity: {attribute: carer, l: 2}",
                                "- t-closeness: {attribute: carer, t: 0.5}"));

        ReleaseConfig config = ReleaseConfigReader.read(file).orElseThrow();

        assertThat(config.models())
                .containsExactly(
                        PrivacyModel.kAnonymity(2),
                        PrivacyModel.distinctLDiversity("lived", 2),
                        PrivacyModel.tCloseness("carer", 0.5));
        Files.writeString(
                file, Files.readString(file).replace("{attribute: lived, l: 2}", "{attribute: gender, l: 2}"));
        assertThat(ReleaseConfigReader.read(file).problems().errors())
                .extracting(Problem::code)
                .containsExactly("not-sensitive");
    }

    @Test
    void everyMistakeIsReportedAtOnceWithItsPathAndLine() throws IOException {
        ReleaseFixture.studyFolder(dir, "5", "generalise", 10);
        String text = Files.readString(dir.resolve("release.yaml"))
                .replace("gender: hierarchies/gender.csv", "gender: hierarchies/missing.csv")
                .replace("- k-anonymity: 5", "- k-anonymity: 1\n    - l-diversity: 2")
                .replace("when-violated: generalise", "when-violated: maybe")
                .replace("answered-at: week", "answered-at: hour")
                .replace("small-cell-threshold: 10", "small-cell-threshold: -3")
                .replace("numerator: {question: yo, answers: [same]}", "numerator: {question: others, answers: [same]}")
                .replace("breakdowns: [gender, age_band, lived, carer]", "breakdowns: [gender, postcode]")
                .replace("licence: CC-BY-4.0", "licence: MIT-ish");
        Files.writeString(dir.resolve("release.yaml"), text);

        Validated<ReleaseConfig> read = ReleaseConfigReader.read(dir);

        assertThat(read.isValid()).isFalse();
        List<Problem> errors = read.problems().errors();
        assertThat(errors)
                .extracting(Problem::code)
                .contains(
                        "invalid-hierarchy",
                        "out-of-range",
                        "unknown-model",
                        "unknown-action",
                        "unknown-grain",
                        "not-a-part",
                        "unknown-attribute",
                        "unknown-licence");
        assertThat(errors).allSatisfy(p -> assertThat(p.location().source()).isNotBlank());
        assertThat(errors)
                .filteredOn(p -> p.code().equals("unknown-grain"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location().path()).isEqualTo("/answered-at");
                    assertThat(p.location().lineNumber()).isPresent();
                });
        assertThat(errors)
                .filteredOn(p -> p.code().equals("unknown-attribute"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("/indicators/0/breakdowns/1"));
    }

    @Test
    void aConfigurationThatDoesNotFitTheStudyIsRefusedBeforeAnythingIsRead() throws IOException {
        ReleaseFixture.studyFolder(dir.resolve("study"), "2", "refuse", 10);
        Path file = dir.resolve("study/release.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "numerator: {question: yo, answers: [same]}",
                                "numerator: {question: yo, answers: [same, maybe]}")
                        .replace("denominator: {question: yo}", "denominator: {question: yo, answers: [same, maybe]}"));
        ReleaseConfig config = ReleaseConfigReader.read(dir.resolve("study")).orElseThrow();
        eu.coact.core.journal.InMemoryJournal journal = new eu.coact.core.journal.InMemoryJournal();

        ReleaseResult result = StudyRelease.configure(config)
                .write(
                        new ReleaseInputs(
                                ReleaseFixture.study(),
                                ReleaseFixture.ledger(journal),
                                journal,
                                ReleaseFixture.pseudonyms(),
                                ReleaseFixture.START),
                        dir.resolve("release"));

        assertThat(result)
                .isInstanceOfSatisfying(
                        ReleaseResult.Refused.class,
                        r -> assertThat(r.reasons().errors())
                                .extracting(Problem::code)
                                .contains("unknown-code"));
        assertThat(dir.resolve("release")).doesNotExist();
    }
}
