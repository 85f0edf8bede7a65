package eu.coact.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aMissingOrEmptyFolderOrOneTheSdkMarkedMayBeReplaced() throws IOException {
        assertThat(OutputFolder.replaceable(dir.resolve("new"), List.of()).isValid())
                .isTrue();
        assertThat(OutputFolder.replaceable(Files.createDirectory(dir.resolve("empty")), List.of())
                        .isValid())
                .isTrue();
        Path marked = Files.createDirectory(dir.resolve("marked"));
        Files.writeString(marked.resolve("summary.txt"), "s");
        OutputFolder.mark(marked, "coact demo");
        assertThat(OutputFolder.replaceable(marked, List.of()).isValid()).isTrue();
    }

    @Test
    void aFolderTheSdkDidNotMakeIsRefused() throws IOException {
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "years of work");
        Problem problem = RegularFilesTest.single(OutputFolder.replaceable(home, List.of()));
        assertThat(problem.code()).isEqualTo("output-not-replaceable");
        assertThat(problem.location().source()).isEqualTo(home.toString());
        assertThat(problem.message()).contains(OutputFolder.MARKER);
    }

    @Test
    void aMarkedFolderHoldingTheStudyTheJournalOrTheCurrentFolderIsRefused() throws IOException {
        Path output = Files.createDirectory(dir.resolve("out"));
        OutputFolder.mark(output, "coact demo");
        Path study = Files.createDirectories(output.resolve("study"));
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(output, List.of(study)))
                        .message())
                .contains("holds " + study);
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(output, List.of(output)))
                        .code())
                .isEqualTo("output-not-replaceable");
        Path journalToBe = output.resolve("journal/segments");
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(output, List.of(journalToBe)))
                        .message())
                .contains("holds " + journalToBe);
        Path current = Path.of("").toAbsolutePath();
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(current, List.of()))
                        .message())
                .contains("current folder");
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(current.getRoot(), List.of()))
                        .message())
                .contains("current folder");
    }

    @Test
    void aLinkOrAFileIsRefused() throws IOException {
        Path marked = Files.createDirectory(dir.resolve("marked"));
        OutputFolder.mark(marked, "coact demo");
        Path link = Files.createSymbolicLink(dir.resolve("link"), marked);
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(link, List.of()))
                        .message())
                .contains("link");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(RegularFilesTest.single(OutputFolder.replaceable(file, List.of()))
                        .message())
                .contains("file");
    }
}
