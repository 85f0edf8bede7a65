package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import eu.coact.core.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study folder an attacker prepared, met where a person meets it: {@code coact validate} and
 * the release the demo makes. Each link or special file is a problem with its path; nothing
 * hangs, nothing is read through a link, no stack trace is printed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileStudyFolderCommandsTest {

    private static final Path PASSWD = Path.of("/etc/passwd");

    @TempDir
    Path dir;

    private Path study;

    @BeforeEach
    void copyTheTinyStudy() throws IOException {
        study = dir.resolve("study");
        FileTrees.copy(Launch.study("tiny-study"), study);
    }

    @Test
    void aMediaFileLinkedToASystemFileFailsValidationWithItsPath() throws IOException {
        assumeThat(PASSWD).isReadable();
        Path evil = Files.createSymbolicLink(study.resolve("media/evil.png"), PASSWD);
        Launch run = Launch.of("validate", study.toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out()).contains("file-is-link").contains("evil.png");
        assertRefusedCleanly(run);
        assertThat(evil).isSymbolicLink();
    }

    @Test
    void aHierarchyLinkedToASystemFileIsNeverPrinted() throws IOException {
        assumeThat(PASSWD).isReadable();
        Path gender = study.resolve("hierarchies/gender.csv");
        Files.delete(gender);
        Files.createSymbolicLink(gender, PASSWD);
        Launch validate = Launch.of("validate", study.toString());
        assertThat(validate.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(validate.out()).contains("file-is-link").contains("gender.csv");
        assertRefusedCleanly(validate);

        Launch demo = Launch.of(
                "demo",
                "--study",
                study.toString(),
                "--participants",
                "5",
                "--output",
                dir.resolve("out").toString());
        assertThat(demo.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(demo.out() + demo.err()).contains("gender.csv");
        assertRefusedCleanly(demo);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aHierarchiesFolderLinkedElsewhereIsRefused() throws IOException {
        Path elsewhere = dir.resolve("elsewhere");
        FileTrees.copy(study.resolve("hierarchies"), elsewhere);
        FileTrees.delete(study.resolve("hierarchies"));
        Files.createSymbolicLink(study.resolve("hierarchies"), elsewhere);
        Launch run = Launch.of("validate", study.toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out()).contains("file-is-link").contains("hierarchies");
        assertRefusedCleanly(run);
    }

    @Test
    void devZeroAsAHierarchyDoesNotExhaustMemory() throws IOException {
        assumeThat(Path.of("/dev/zero")).exists();
        Path gender = study.resolve("hierarchies/gender.csv");
        Files.delete(gender);
        Files.createSymbolicLink(gender, Path.of("/dev/zero"));
        Launch run = Launch.of("validate", study.toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out()).contains("file-is-link").contains("gender.csv");
        assertRefusedCleanly(run);
    }

    @Test
    void aFifoAmongTheBlocksDoesNotHangValidation() throws Exception {
        Path fifo = study.resolve("blocks/stories/waiting.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
                .isTrue();
        Launch run = Launch.of("validate", study.toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out()).contains("file-not-regular").contains("waiting.yaml");
        assertRefusedCleanly(run);
    }

    private static void assertRefusedCleanly(Launch run) {
        String all = run.out() + run.err();
        assertThat(all).doesNotContain("root:x:0").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
