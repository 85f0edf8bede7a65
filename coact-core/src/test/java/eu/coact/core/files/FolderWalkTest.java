package eu.coact.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FolderWalkTest {

    @TempDir
    Path dir;

    @Test
    void listsRegularFilesSortedAndReportsEverythingElseByPath() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media/sub"));
        Files.writeString(dir.resolve("media/b.png"), "b");
        Files.writeString(media.resolve("a.png"), "a");
        Path evil = Files.createSymbolicLink(dir.resolve("media/evil.png"), Path.of("/etc/passwd"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.png"), "s");
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("media/more"), outside);
        Path fifo = Hostile.fifo(dir.resolve("media/pipe.png"));

        FolderListing listing = FolderWalk.list(dir.resolve("media"), 8);

        assertThat(listing.files()).containsExactly(dir.resolve("media/b.png"), media.resolve("a.png"));
        assertThat(listing.problems().asList())
                .extracting(Problem::code, p -> p.location().source())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("file-is-link", evil.toString()),
                        org.assertj.core.groups.Tuple.tuple("file-is-link", linkedFolder.toString()),
                        org.assertj.core.groups.Tuple.tuple("file-not-regular", fifo.toString()));
        assertThat(listing.problems().hasErrors()).isTrue();
    }

    @Test
    void aMissingFolderIsAnEmptyListing() {
        FolderListing listing = FolderWalk.list(dir.resolve("none"), 3);
        assertThat(listing.files()).isEmpty();
        assertThat(listing.problems().isEmpty()).isTrue();
    }

    @Test
    void aFolderReachedThroughALinkIsWalkedButLinksInsideAreNot() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.yaml"), "a");
        Path study = Files.createSymbolicLink(dir.resolve("study"), real);
        assertThat(FolderWalk.list(study, 2).files()).containsExactly(study.resolve("a.yaml"));
    }

    @Test
    void withinRefusesAFileBehindALinkedFolderOrOutsideTheRoot() throws IOException {
        Path study = Files.createDirectories(dir.resolve("study"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("age.csv"), "x");
        Files.createSymbolicLink(study.resolve("hierarchies"), elsewhere);
        assertThat(RegularFilesTest.single(FolderWalk.within(study, study.resolve("hierarchies/age.csv")))
                        .location()
                        .source())
                .isEqualTo(study.resolve("hierarchies").toString());
        assertThat(RegularFilesTest.single(FolderWalk.within(study, study.resolve("../elsewhere/age.csv")))
                        .code())
                .isEqualTo("outside-folder");
        Files.createDirectories(study.resolve("h"));
        assertThat(FolderWalk.within(study, study.resolve("h/age.csv")).isValid())
                .isTrue();
    }
}
