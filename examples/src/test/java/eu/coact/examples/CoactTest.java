package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoactTest {

    @Test
    void helpListsEverySubcommandAndSucceeds() {
        Launch run = Launch.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("demo", "chat", "validate", "import-legacy");
    }

    @Test
    void versionNamesTheLauncher() {
        Launch run = Launch.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("coact ");
    }

    @Test
    void anUnknownSubcommandIsAUsageErrorWithExitStatusTwo() {
        Launch run = Launch.of("frobnicate");
        assertThat(run.exit()).isEqualTo(Coact.USAGE);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void anOptionValueOfTheWrongTypeIsAUsageError() {
        Launch run = Launch.of("demo", "--participants", "many");
        assertThat(run.exit()).isEqualTo(Coact.USAGE);
        assertThat(run.err()).contains("many");
    }

    @Test
    void aMissingFolderIsReportedInOneSentenceWithoutAStackTrace() {
        Launch run = Launch.of("validate", "no/such/folder");
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.err())
                .contains("no study folder at no/such/folder")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
