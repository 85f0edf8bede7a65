package eu.coact.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesAFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("state.json");
        AtomicFiles.writeString(file, "one");
        AtomicFiles.writeString(file, "two");
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(names(dir)).containsExactly("state.json");
    }

    @Test
    void aWriteWhoseFolderIsSyncedLaterStillReplacesThePrivateFileWhole() throws IOException {
        Path file = dir.resolve("keys").resolve("p1.next");
        AtomicFiles.writeDeferringFolderSync(file, new byte[] {1, 2});
        AtomicFiles.writeDeferringFolderSync(file, new byte[] {3});
        AtomicFiles.forceDirectory(file.getParent());
        assertThat(Files.readAllBytes(file)).containsExactly(3);
        assertThat(names(file.getParent())).containsExactly("p1.next");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void forcingAFolderThatIsNotThereSaysSo() {
        assertThatThrownBy(() -> AtomicFiles.forceDirectory(dir.resolve("missing")))
                .isInstanceOf(IOException.class);
        AtomicFiles.syncDirectory(dir.resolve("missing"));
    }

    @Test
    void aFolderAppearsWholeOrNotAtAll() throws IOException {
        Path target = dir.resolve("out");
        assertThatThrownBy(() -> AtomicFiles.writeFolder(target, f -> {
                    PrivateFiles.writeString(f.resolve("a.txt"), "a");
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(target).doesNotExist();
        assertThat(names(dir)).isEmpty();

        AtomicFiles.writeFolder(target, f -> PrivateFiles.writeString(f.resolve("a.txt"), "a"));
        assertThat(target.resolve("a.txt")).hasContent("a");
        assertThatThrownBy(() -> AtomicFiles.writeFolder(target, f -> {}))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void replacingAFolderKeepsTheOldOneWhenWritingFails() throws IOException {
        Path target = dir.resolve("out");
        AtomicFiles.replaceFolder(target, f -> PrivateFiles.writeString(f.resolve("old.txt"), "old"));
        assertThatThrownBy(() -> AtomicFiles.replaceFolder(target, f -> {
                    throw new IOException("stopped");
                }))
                .hasMessage("stopped");
        assertThat(names(target)).containsExactly("old.txt");

        AtomicFiles.replaceFolder(target, f -> PrivateFiles.writeString(f.resolve("new.txt"), "new"));
        assertThat(names(target)).containsExactly("new.txt");
        assertThat(names(dir)).containsExactly("out");
    }

    @Property(tries = 50)
    void theFileHoldsExactlyTheLastContentWritten(@ForAll byte[] first, @ForAll byte[] second) throws IOException {
        Path file = Files.createTempDirectory("atomic").resolve("f");
        try {
            AtomicFiles.write(file, first);
            AtomicFiles.write(file, second);
            assertThat(Files.readAllBytes(file)).isEqualTo(second);
        } finally {
            FileTrees.delete(file.getParent());
        }
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
