package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import eu.coact.content.Examples;
import eu.coact.content.Study;
import eu.coact.core.files.FileTrees;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A study folder that holds links and special files: each is a problem with its path, no hang, no leak. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileStudyFolderTest {

    @TempDir
    Path dir;

    private Path study;

    @BeforeEach
    void copyTheDemoStudy() throws Exception {
        study = dir.resolve("study");
        FileTrees.copy(Examples.example("demo-study"), study);
        assertThat(ContentReader.standard().readStudy(study).isValid())
                .as("the copy is valid")
                .isTrue();
    }

    @Test
    void aLinkInMediaToASystemFileIsAProblemWithItsPath() throws Exception {
        Path evil = Files.createSymbolicLink(study.resolve("media/evil.png"), Path.of("/etc/passwd"));
        assertThat(problem(ContentReader.standard().readStudy(study), "file-is-link")
                        .location()
                        .source())
                .isEqualTo(evil.toString());
    }

    @Test
    void aMediaFolderThatIsALinkIsAProblem() throws Exception {
        FileTrees.delete(study.resolve("media"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(study.resolve("media"), elsewhere);
        assertThat(problem(ContentReader.standard().readStudy(study), "file-is-link")
                        .location()
                        .source())
                .isEqualTo(study.resolve("media").toString());
    }

    @Test
    void aFifoAmongTheBlocksDoesNotHang() throws Exception {
        Path fifo = study.resolve("blocks/stories/waiting.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).isZero();
        assertThat(problem(ContentReader.standard().readStudy(study), "file-not-regular")
                        .location()
                        .source())
                .isEqualTo(fifo.toString());
    }

    @Test
    void devZeroLinkedAsABlockIsNotRead() throws Exception {
        assumeThat(Path.of("/dev/zero")).exists();
        Path zero = Files.createSymbolicLink(study.resolve("blocks/zero.yaml"), Path.of("/dev/zero"));
        assertThat(problem(ContentReader.standard().readStudy(study), "file-is-link")
                        .location()
                        .source())
                .isEqualTo(zero.toString());
    }

    private static Problem problem(Validated<Study> read, String code) {
        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().withCode(code)).hasSize(1);
        return read.problems().withCode(code).get(0);
    }
}
