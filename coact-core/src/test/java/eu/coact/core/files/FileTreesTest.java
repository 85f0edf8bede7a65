package eu.coact.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path dir;

    @Test
    void deletesATreeButNeverWhatItsLinksPointTo() throws IOException {
        Path keep = Files.createDirectories(dir.resolve("keep"));
        Files.writeString(keep.resolve("precious.txt"), "p");
        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("f.txt"), "f");
        Files.createSymbolicLink(dir.resolve("tree/to-folder"), keep);
        Files.createSymbolicLink(dir.resolve("tree/a/to-file"), keep.resolve("precious.txt"));
        Files.createSymbolicLink(dir.resolve("tree/dangling"), dir.resolve("nowhere"));

        FileTrees.delete(dir.resolve("tree"));

        assertThat(dir.resolve("tree")).doesNotExist();
        assertThat(keep.resolve("precious.txt")).hasContent("p");
    }

    @Test
    void aRootThatIsALinkIsRemovedAsALink() throws IOException {
        Path keep = Files.createDirectories(dir.resolve("keep"));
        Files.writeString(keep.resolve("precious.txt"), "p");
        Path link = Files.createSymbolicLink(dir.resolve("link"), keep);
        FileTrees.delete(link);
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(keep.resolve("precious.txt")).hasContent("p");
    }

    @Test
    void aMissingRootIsNotAnError() throws IOException {
        FileTrees.delete(dir.resolve("none"));
        assertThat(FileTrees.deleteQuietly(dir.resolve("none"))).isTrue();
    }

    @Property(tries = 30)
    void anyTreeIsGoneAndTheOutsideUntouched(@ForAll("paths") java.util.List<String> paths) throws IOException {
        Path base = Files.createTempDirectory("trees");
        try {
            Path outside = Files.writeString(base.resolve("outside.txt"), "o");
            Path root = Files.createDirectories(base.resolve("root"));
            for (String p : paths) {
                Path file = root.resolve(p);
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.writeString(file, p);
                }
            }
            Files.createSymbolicLink(root.resolve("out-link"), outside);
            FileTrees.delete(root);
            assertThat(root).doesNotExist();
            assertThat(outside).hasContent("o");
        } finally {
            FileTrees.delete(base);
        }
    }

    @Provide
    Arbitrary<java.util.List<String>> paths() {
        Arbitrary<String> part =
                Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(2);
        return part.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(parts -> String.join("/", parts) + ".f")
                .list()
                .ofMaxSize(10);
    }
}
